package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.orderdesk.platform.CodeImages;
import org.orderdesk.security.domain.OneTimeCodes;

/**
 * An operator's second step after the password: the one-time code of their authenticator app, or a recovery code.
 * An operator without a second factor is first shown a new secret (QR code and text) and confirms it with a code;
 * then, once, the recovery codes (RecoveryCodesPage). Only after the code is the session an operator's.
 */
@Named
@RequestScoped
public class SecondFactorPage {

    private static final String ISSUER = "OrderDesk";
    /** Where an operator goes once logged in, unless they were on their way to another console page. */
    static final String CONSOLE_PATH = "/admin/index";
    private static final String CONSOLE = CONSOLE_PATH + "?faces-redirect=true";

    @Inject
    private Authentication authentication;

    @Inject
    private CodeImages images;

    @Inject
    private FacesContext faces;

    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 64, message = "{orderdesk.tooLong}")
    private String code;

    /** Nothing to do here without a password given first: to the login page. */
    public String requirePassword() {
        return pending().isPresent() ? null : SessionAuthenticationMechanism.LOGIN_PAGE + "?faces-redirect=true";
    }

    public String confirm() throws IOException {
        boolean enrolling = isEnrolling();
        if (!authentication.logInWithSecondFactor(code)) {
            Messages.addError("second-factor:code",
                    enrolling ? "secondFactor.wrongEnrolmentCode" : "secondFactor.wrongCode");
            return null;
        }
        if (enrolling) {
            // Shown once, after the redirect: a reload of that page finds them gone.
            faces.getExternalContext().getFlash().put(RecoveryCodesPage.FLASH_KEY, faces.getExternalContext()
                    .getRequestMap().get(SessionAuthenticationMechanism.NEW_RECOVERY_CODES));
            return RecoveryCodesPage.OUTCOME;
        }
        return authentication.continueTo(CONSOLE);
    }

    public boolean isEnrolling() {
        return pending().filter(SecondFactorPending::isEnrolling).isPresent();
    }

    /** The secret in groups of four, easier to type into an app than one long word. */
    public String getSecret() {
        return enrolmentSecret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCode() {
        String uri = OneTimeCodes.enrolmentUri(ISSUER, pending().orElseThrow().name(), enrolmentSecret());
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(images.qrCode(uri));
    }

    private String enrolmentSecret() {
        return pending().orElseThrow().enrolmentSecret();
    }

    private Optional<SecondFactorPending> pending() {
        return SecondFactorPending.of((HttpSession) faces.getExternalContext().getSession(false));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
