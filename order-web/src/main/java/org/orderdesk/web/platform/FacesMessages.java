package org.orderdesk.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Translated messages for the page being rendered, tied to a field (clientId) or to the whole page (null). */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    /** An info message that survives the redirect after a successful POST. */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        // Only texts with {0}-style arguments go through MessageFormat, which would eat a plain apostrophe.
        return arguments.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
