package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.platform.CodeImages;
import org.orderdesk.security.KeyCeremony;
import org.orderdesk.security.LoginService;
import org.orderdesk.security.SecurityKeyAssertion;
import org.orderdesk.security.domain.OneTimeCodes;

/**
 * An operator's second step after the password: the one-time code of their authenticator app, or a recovery code.
 * An operator without a second factor is first shown a new secret (QR code and text) and confirms it with a code;
 * then, once, the recovery codes (RecoveryCodesPage). An operator with security keys may use one of them instead of
 * the code (ASVS 2.3.2). Only after the code or the key is the session an operator's.
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

    @Inject
    private LoginService logins;

    /** The browser's answer when the operator uses a security key instead of a code (js/security-keys.js). */
    private String keyId;
    private String keyClientData;
    private String keyAuthenticatorData;
    private String keySignature;

    private String securityKeyOptions;

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

    /**
     * The second step with a security key: the assertion must answer the challenge this session was shown. A
     * refused one counts like a wrong code.
     */
    public String useSecurityKey() throws IOException {
        Optional<KeyCeremony> ceremony = KeyCeremonies.take((HttpSession) faces.getExternalContext().getSession(false),
                KeyCeremonies.Purpose.SIGN_IN, keyClientData);
        SecurityKeyAssertion assertion = new SecurityKeyAssertion(keyId, keyClientData, keyAuthenticatorData,
                keySignature);
        if (ceremony.isEmpty() || !authentication.logInWithSecurityKey(assertion, ceremony.get())) {
            Messages.addError("security-key:submit", "securityKey.refused");
            return null;
        }
        return authentication.continueTo(CONSOLE);
    }

    /** Whether the operator may use a security key here: once enrolled, with at least one key registered. */
    public boolean isSecurityKeyOffered() {
        return !isEnrolling() && !securityKeyIds().isEmpty();
    }

    /** The options of navigator.credentials.get, as JSON, with a new challenge for this page. */
    public String getSecurityKeyOptions() {
        if (securityKeyOptions == null) {
            KeyCeremony ceremony = KeyCeremonies.begin(
                    (HttpServletRequest) faces.getExternalContext().getRequest(), KeyCeremonies.Purpose.SIGN_IN);
            securityKeyOptions = KeyCeremonies.options(ceremony)
                    .add("allowCredentials", Json.createArrayBuilder(securityKeyIds())).build().toString();
        }
        return securityKeyOptions;
    }

    private List<String> securityKeyIds() {
        return Faces.getContextAttribute(SecondFactorPage.class.getName(), () -> logins.securityKeyIds(pending().orElseThrow().name()));
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

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getKeyClientData() {
        return keyClientData;
    }

    public void setKeyClientData(String keyClientData) {
        this.keyClientData = keyClientData;
    }

    public String getKeyAuthenticatorData() {
        return keyAuthenticatorData;
    }

    public void setKeyAuthenticatorData(String keyAuthenticatorData) {
        this.keyAuthenticatorData = keyAuthenticatorData;
    }

    public String getKeySignature() {
        return keySignature;
    }

    public void setKeySignature(String keySignature) {
        this.keySignature = keySignature;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
