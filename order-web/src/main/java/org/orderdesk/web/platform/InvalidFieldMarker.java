package org.orderdesk.web.platform;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/**
 * Marks every input in error with aria-invalid="true", on every form, so that screen readers announce it and the
 * stylesheet draws it in the error colour. An input is in error when it failed conversion or validation, or when
 * the page put a message on it (an e-mail address already registered, say). Listens to every input just before
 * it is rendered (registered in faces-config.xml). The mark is taken off again once the field is right: the input
 * and its attributes live on in the view state from one postback to the next.
 */
public class InvalidFieldMarker implements SystemEventListener {

    private static final String ARIA_INVALID = "aria-invalid";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput input = (UIInput) event.getSource();
        if (isInError(input, event.getFacesContext())) {
            input.getPassThroughAttributes().put(ARIA_INVALID, "true");
            return;
        }
        Map<String, Object> marks = input.getPassThroughAttributes(false);
        if (marks != null) {
            marks.remove(ARIA_INVALID);
        }
    }

    private static boolean isInError(UIInput input, FacesContext faces) {
        return !input.isValid() || !faces.getMessageList(input.getClientId(faces)).isEmpty();
    }
}
