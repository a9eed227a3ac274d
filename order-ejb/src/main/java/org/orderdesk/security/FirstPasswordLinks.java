package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.PasswordResetToken;
import org.orderdesk.security.domain.Role;

/**
 * The link that sets the first password of an account made without one (ASVS 2.3.1): a shop's first operator or
 * the demo customer when no password was configured. Single-use, for 24 hours, only its token's hash stored, like
 * a reset link; whoever installs the shop takes it from the server log, and every start writes a new one until
 * the password is set. No generated password ever exists, so none can stay in use or in a log.
 */
@ApplicationScoped
public class FirstPasswordLinks {

    private static final int TOKEN_BYTES = 32;

    @Inject
    private PasswordResetTokenRepository tokens;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    /** An account that nobody can log in to until the link sets its password. */
    public Account accountAwaitingIt(String email, String displayName, Role role) {
        return Account.awaitingFirstPassword(email, displayName,
                hasher.hash(RandomSecrets.of(TOKEN_BYTES).toCharArray()), role);
    }

    /** A new link for the account, which must be stored already; the caller hands it to the installer. */
    public String issue(Account account) {
        String token = RandomSecrets.of(TOKEN_BYTES);
        tokens.add(PasswordResetToken.firstPassword(account, RandomSecrets.hashOf(token), clock.instant()));
        return links.page("/shop/reset-password?token=" + token);
    }
}
