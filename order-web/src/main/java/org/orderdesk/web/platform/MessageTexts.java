package org.orderdesk.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * The texts of the shop's bundle in the language of the page being rendered. Registered as OmniFaces' message
 * resolver, so {@code Messages.addError(clientId, "some.key")} and its kind take bundle keys, never literal text.
 */
@ApplicationScoped
public class MessageTexts {

    void resolveMessagesFromTheBundle(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        resolveMessages();
    }

    /** Once per application (OmniFaces refuses a second resolver): at start-up, or by a test's fake Faces. */
    public static void resolveMessages() {
        Messages.setResolver(MessageTexts::text);
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        // Only texts with {0}-style arguments go through MessageFormat, which would eat a plain apostrophe.
        return arguments.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }
}
