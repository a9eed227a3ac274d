package org.orderdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.AccountSession;
import org.orderdesk.security.domain.DeviceName;
import org.orderdesk.security.domain.KnownDevice;
import org.orderdesk.security.domain.Roles;

/**
 * The logins still going on, one AccountSession each (ASVS 3.3.4): opened at every login, checked on every request
 * of a logged-in session, closed at logout, and listed to their owner, who may end any or all of the others
 * after giving the password again. A session is identified by a random key the server keeps in the HTTP
 * session; the key never reaches the browser.
 */
@Stateless
// Whoever is logging in has no role yet; the mail about a new browser is queued as the system, as no person can.
@RunAs(Roles.SYSTEM)
public class AccountSessions {

    /** How long the browser's device token (given to open) is kept: its cookie lives as long. */
    public static final Duration DEVICE_REMEMBERED_FOR = KnownDevice.REMEMBERED_FOR;

    private static final Logger LOG = Logger.getLogger(AccountSessions.class.getName());
    private static final int KEY_BYTES = 32;

    @Resource
    private SessionContext context;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountSessionRepository sessions;

    @Inject
    private CurrentPasswordCheck passwordCheck;

    @Inject
    private NewDeviceNotice newDevices;

    @Inject
    private Clock clock;

    /** The web module's session-timeout (web.xml): an HTTP session idle that long is gone, and so is its login. */
    @Inject
    @ConfigProperty(name = "orderdesk.session.idle-timeout", defaultValue = "PT30M")
    private Duration idleTimeout;

    /** ASVS 3.3.2: no login lasts longer, however active (SessionAuthenticationMechanism). */
    @Inject
    @ConfigProperty(name = "orderdesk.session.absolute-lifetime", defaultValue = "PT12H")
    private Duration absoluteLifetime;

    /**
     * A new login of the account, whose password was checked when the account had the given credentialsVersion,
     * from the browser with the device token (its cookie; NewDeviceNotice); returns the key the server keeps for
     * the login.
     */
    @PermitAll
    public String open(@NotNull String email, long credentialsVersion, @NotNull String clientAddress,
            String userAgent, @NotNull String deviceToken) {
        Account account = accounts.findByEmailForUpdate(email).orElseThrow();
        String key = RandomSecrets.of(KEY_BYTES);
        Instant now = clock.instant();
        String device = DeviceName.of(userAgent).orElse(null);
        sessions.add(new AccountSession(account, key, credentialsVersion, now, clientAddress, device));
        newDevices.loggedIn(account, deviceToken, device == null ? "" : device, clientAddress, now);
        return key;
    }

    /** Whether the login with the key still holds: not ended, not outdated by a new password; notes the activity. */
    @PermitAll
    public boolean isCurrent(@NotNull String sessionKey) {
        Optional<AccountSession> current = sessions.findByKey(sessionKey).filter(AccountSession::isCurrent);
        current.ifPresent(session -> session.seenAt(clock.instant()));
        return current.isPresent();
    }

    /** At logout, or when the HTTP session times out. */
    @PermitAll
    public void close(@NotNull String sessionKey) {
        sessions.findByKey(sessionKey).ifPresent(sessions::remove);
    }

    /** The caller's logins still going on, the one with the key marked as theirs, latest active first. */
    @RolesAllowed(Roles.CUSTOMER)
    public List<ActiveSession> mine(@NotNull String currentKey) {
        Account account = accounts.findByEmail(callerEmail()).orElseThrow();
        return sessions.activeOf(account, activeSince(clock.instant())).stream()
                .map(session -> new ActiveSession(session.id(), session.device(), session.clientAddress(),
                        session.openedAt(), session.lastSeenAt(), session.sessionKey().equals(currentKey)))
                .toList();
    }

    /**
     * Ends one of the caller's other logins; false for a wrong current password. A session that is not the
     * caller's, or is gone already, is left as it is: the outcome the caller wanted holds either way.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean end(long sessionId, @NotNull String currentPassword, @NotNull String currentKey) {
        Account account = accounts.findByEmailForUpdate(callerEmail()).orElseThrow();
        if (!passwordCheck.holds(account, currentPassword, clock.instant(), "Ending a session")) {
            return false;
        }
        sessions.find(sessionId)
                .filter(session -> session.belongsTo(account) && !session.sessionKey().equals(currentKey))
                .ifPresent(session -> {
                    sessions.remove(session);
                    LOG.info(() -> "Session " + sessionId + " of account " + account.id() + " ended by its owner");
                });
        return true;
    }

    /** Ends every login of the caller but the one with the key; false for a wrong current password. */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean endAllOthers(@NotNull String currentPassword, @NotNull String currentKey) {
        Account account = accounts.findByEmailForUpdate(callerEmail()).orElseThrow();
        if (!passwordCheck.holds(account, currentPassword, clock.instant(), "Ending the other sessions")) {
            return false;
        }
        int ended = sessions.removeAllBut(account, currentKey);
        LOG.info(() -> ended + " other sessions of account " + account.id() + " ended by their owner");
        return true;
    }

    /**
     * Rows of sessions that timed out without a logout (a closed browser, a stopped server) go once no request
     * can use them any more, and browsers whose device cookie has expired are forgotten. Every instance runs it;
     * the delete is the same whoever comes first.
     */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @RolesAllowed(Roles.SYSTEM)
    public void forgetTimedOut() {
        Instant now = clock.instant();
        sessions.removeIdleOrOpenedBefore(activeSince(now), now.minus(absoluteLifetime));
        newDevices.forgetUnusedBefore(now.minus(DEVICE_REMEMBERED_FOR));
    }

    /** A session not seen since then has timed out (its last activity is written at most once a step). */
    private Instant activeSince(Instant now) {
        return now.minus(idleTimeout).minus(AccountSession.LAST_SEEN_STEP);
    }

    private String callerEmail() {
        return context.getCallerPrincipal().getName();
    }
}
