package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The recovery codes of the enrolment the operator just finished, shown this once (they came in the flash, across
 * the redirect after the enrolment); then on to where the operator was going.
 */
@Named
@RequestScoped
public class RecoveryCodesPage {

    static final String FLASH_KEY = RecoveryCodesPage.class.getName();
    static final String OUTCOME = "/admin/recovery-codes?faces-redirect=true";

    @Inject
    private FacesContext faces;

    @Inject
    private Authentication authentication;

    private String nextPage;

    /** A reload, or a visit from anywhere else, finds nothing to show and goes to the console. */
    public String requireCodes() {
        return getCodes().isEmpty() ? SecondFactorPage.CONSOLE_PATH + "?faces-redirect=true" : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> getCodes() {
        Object codes = faces.getExternalContext().getFlash().get(FLASH_KEY);
        return codes == null ? List.of() : (List<String>) codes;
    }

    /** The page the operator was on their way to when they logged in, else the console's start. */
    public String getNextPage() {
        if (nextPage == null) {
            ExternalContext external = faces.getExternalContext();
            nextPage = external.getRequestContextPath()
                    + authentication.takeDestination().orElse(SecondFactorPage.CONSOLE_PATH);
        }
        return nextPage;
    }
}
