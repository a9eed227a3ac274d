package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.security.KeyCeremony;
import org.orderdesk.security.NewSecurityKey;
import org.orderdesk.security.OperatorSecurityKeys;
import org.orderdesk.security.SecurityKeyVerifier;
import org.orderdesk.web.platform.MessageTexts;

/**
 * The signed-in operator's security keys (ASVS 2.3.2): registering a new one with the browser
 * (navigator.credentials.create, js/security-keys.js), and removing one with their own current code (a step-up).
 */
@Named
@RequestScoped
public class SecurityKeysPage {

    static final String PAGE = "/admin/security-keys?faces-redirect=true";

    @Inject
    private OperatorSecurityKeys keys;

    @Inject
    private FacesContext faces;

    @NotBlank(message = "{orderdesk.required}")
    @Size(max = OperatorSecurityKeys.NAME_LENGTH, message = "{orderdesk.tooLong}")
    private String name;
    /** The browser's answer to the registration (URL-safe Base64), filled in by the page's script. */
    private String clientData;
    private String attestationObject;

    @NotNull(message = "{orderdesk.required}")
    private Long keyToRemove;
    /** The operator's own current code: the step-up a removal needs. */
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 64, message = "{orderdesk.tooLong}")
    private String code;

    private String registrationOptions;

    public List<OperatorSecurityKeys.Row> getKeys() {
        return Faces.getContextAttribute(SecurityKeysPage.class.getName(), keys::mine);
    }

    /** The options of navigator.credentials.create, as JSON, with a new challenge for this page. */
    public String getRegistrationOptions() {
        if (registrationOptions == null) {
            KeyCeremony ceremony = KeyCeremonies.begin((HttpServletRequest) external().getRequest(),
                    KeyCeremonies.Purpose.REGISTRATION);
            OperatorSecurityKeys.Registration registration = keys.registration();
            registrationOptions = KeyCeremonies.options(ceremony)
                    .add("rpName", MessageTexts.text("app.name"))
                    .add("userHandle", registration.userHandle())
                    .add("userName", registration.userName())
                    .add("userDisplayName", registration.displayName())
                    .add("algorithms", Json.createArrayBuilder(SecurityKeyVerifier.ALGORITHMS))
                    .add("excludeCredentials", Json.createArrayBuilder(registration.registeredCredentialIds()))
                    .build().toString();
        }
        return registrationOptions;
    }

    public String register() {
        Optional<KeyCeremony> ceremony = KeyCeremonies.take((HttpSession) external().getSession(false),
                KeyCeremonies.Purpose.REGISTRATION, clientData);
        OperatorSecurityKeys.Registered outcome = ceremony.isEmpty()
                ? OperatorSecurityKeys.Registered.REFUSED
                : keys.register(name, new NewSecurityKey(clientData, attestationObject), ceremony.get());
        switch (outcome) {
            case REGISTERED -> {
                Messages.addFlashGlobalInfo("securityKeys.registered", name.strip());
                return PAGE;
            }
            case ALREADY_REGISTERED -> Messages.addError("add-key:submit", "securityKeys.alreadyRegistered");
            case REFUSED -> Messages.addError("add-key:submit", "securityKeys.refused");
        }
        return null;
    }

    public String remove() {
        switch (keys.remove(keyToRemove, code)) {
            case NOT_FOUND -> Messages.addError("remove-key:key", "securityKeys.notFound");
            case WRONG_CODE -> Messages.addError("remove-key:code", "operators.wrongOwnCode");
            case REMOVED -> {
                Messages.addFlashGlobalInfo("securityKeys.removed");
                return PAGE;
            }
        }
        return null;
    }

    private ExternalContext external() {
        return faces.getExternalContext();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getClientData() {
        return clientData;
    }

    public void setClientData(String clientData) {
        this.clientData = clientData;
    }

    public String getAttestationObject() {
        return attestationObject;
    }

    public void setAttestationObject(String attestationObject) {
        this.attestationObject = attestationObject;
    }

    public Long getKeyToRemove() {
        return keyToRemove;
    }

    public void setKeyToRemove(Long keyToRemove) {
        this.keyToRemove = keyToRemove;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
