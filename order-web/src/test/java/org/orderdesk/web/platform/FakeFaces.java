package org.orderdesk.web.platform;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.Flash;
import jakarta.faces.context.FlashWrapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The FacesContext of one request, for unit tests of backing beans: the shop's own message bundle in one
 * language, the messages the bean adds (client id and text), the request's attributes, and the redirect it asks
 * for. Everything else a bean would ask is not faked and fails. Made current on creation; close() ends it.
 */
public final class FakeFaces extends FacesContextWrapper implements AutoCloseable {

    /** A message as the page would show it: next to the field with this client id, or on top (null). */
    public record Message(String clientId, FacesMessage.Severity severity, String text) {
    }

    static {
        // What the application does when it starts: messages are added by bundle key.
        MessageTexts.resolveMessages();
    }

    private final Map<String, Object> applicationMap = new HashMap<>();
    private final Map<Object, Object> attributes = new HashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final ExternalContext external;
    private final Application application;
    private final UIViewRoot viewRoot;
    private String redirectedTo;
    private boolean messagesKept;
    private boolean responseComplete;

    private FakeFaces(Locale locale) {
        super(null);
        setCurrentInstance(this);
        Flash flash = new FlashWrapper(null) {
            @Override
            public void setKeepMessages(boolean keep) {
                messagesKept = keep;
            }
        };
        external = new ExternalContextWrapper(null) {
            @Override
            public Map<String, Object> getApplicationMap() {
                return applicationMap;
            }

            @Override
            public Flash getFlash() {
                return flash;
            }

            @Override
            public String getRequestContextPath() {
                return "";
            }

            @Override
            public void redirect(String url) {
                redirectedTo = url;
            }
        };
        application = new ApplicationWrapper(null) {
            @Override
            public ResourceBundle getResourceBundle(FacesContext faces, String name) {
                return ResourceBundle.getBundle("org.orderdesk.web.messages", locale);
            }
        };
        // Made after the external context: a component's constructor asks for it.
        viewRoot = new UIViewRoot() {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    /** A request in English, current until closed. */
    public static FakeFaces inEnglish() {
        return new FakeFaces(Locale.ENGLISH);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Whether the messages were kept for the page after a redirect. */
    public boolean messagesKept() {
        return messagesKept;
    }

    public String redirectedTo() {
        return redirectedTo;
    }

    @Override
    public boolean getResponseComplete() {
        return responseComplete;
    }

    @Override
    public ExternalContext getExternalContext() {
        return external;
    }

    @Override
    public Application getApplication() {
        return application;
    }

    @Override
    public UIViewRoot getViewRoot() {
        return viewRoot;
    }

    @Override
    public Map<Object, Object> getAttributes() {
        return attributes;
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
        messages.add(new Message(clientId, message.getSeverity(), message.getSummary()));
    }

    @Override
    public void responseComplete() {
        responseComplete = true;
    }

    @Override
    public void close() {
        setCurrentInstance(null);
    }
}
