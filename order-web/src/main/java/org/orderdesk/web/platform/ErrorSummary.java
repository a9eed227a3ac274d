package org.orderdesk.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The field errors of a refused form, for the summary at its top (WEB-INF/includes/error-summary.xhtml). */
@Named
@RequestScoped
public class ErrorSummary {

    /**
     * Each field's errors in the order the fields were processed, that is, the order of the form. Read afresh
     * each time: "rendered" is evaluated in every phase, before validation has found anything as well as after.
     */
    public List<FieldError> getErrors() {
        List<FieldError> errors = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getClientIdsWithMessages().forEachRemaining(clientId -> {
            if (clientId != null) {
                faces.getMessageList(clientId).stream()
                        .filter(message -> message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
                        .forEach(message -> errors.add(new FieldError(clientId, message.getSummary())));
            }
        });
        return errors;
    }

    /** An error and the client id of the field it is about. */
    public record FieldError(String fieldId, String text) {
    }
}
