package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import org.orderdesk.security.AccountSessions;
import org.orderdesk.security.ActiveSession;

/**
 * The profile's list of the customer's logins still going on (ASVS 3.3.4), with a button to end each of the
 * others, or all of them, once the password is given again. Read once per request, so a click on a session that
 * ended meanwhile finds it gone and changes nothing, which is what the customer wanted anyway.
 */
@Named
@RequestScoped
public class SessionList {

    private static final String PASSWORD_FIELD = "sessions:currentPassword";
    private static final String PROFILE = "/account/profile?faces-redirect=true";

    @Inject
    private AccountSessions sessions;

    @Inject
    private Authentication authentication;

    private List<ActiveSession> active;
    @PasswordField
    private String currentPassword;

    public List<ActiveSession> getActive() {
        if (active == null) {
            active = sessions.mine(authentication.sessionKey());
        }
        return active;
    }

    /** Whether any login but this one is going on: only then is there something to end. */
    public boolean hasOthers() {
        return getActive().stream().anyMatch(session -> !session.current());
    }

    public String end(long sessionId) {
        return ended(sessions.end(sessionId, currentPassword, authentication.sessionKey()), "sessions.ended");
    }

    public String endAllOthers() {
        return ended(sessions.endAllOthers(currentPassword, authentication.sessionKey()), "sessions.othersEnded");
    }

    private static String ended(boolean passwordHeld, String doneMessage) {
        if (!passwordHeld) {
            Messages.addError(PASSWORD_FIELD, "profile.currentPasswordWrong");
            return null;
        }
        Messages.addFlashGlobalInfo(doneMessage);
        return PROFILE;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
