package org.orderdesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.MailTemplates.RenderedMail;
import org.orderdesk.mail.Outbox;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.PasswordResetToken;
import org.orderdesk.security.domain.Roles;

/**
 * "Forgot password": an e-mailed link with a random single-use token that expires after an hour. The caller
 * learns nothing about whether the address has an account; the mail goes through the outbox, which keeps the
 * link with a placeholder: ResetLinkSecrets issues the token as the mail is sent.
 */
@Stateless
@PermitAll
// Visitors who forgot their password are anonymous; the reset mail is queued as the system, as no person can.
@RunAs(Roles.SYSTEM)
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private OwnerLanguages languages;

    @Inject
    private PasswordResetTokenRepository tokens;

    @Inject
    private EmailVerificationRepository verifications;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private MailTemplates templates;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private PublicLinks links;

    @Inject
    private PasswordChangeNotice notice;

    /** Does the same visible thing for any address; only an existing account gets a mail. */
    public void requestReset(@NotBlank String email, @NotNull String pageLanguage) {
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            LOG.info(() -> "Password reset asked for an address without an account");
            return;
        }
        Instant now = clock.instant();
        // Until the mail is sent, the row holds the hash of a secret nobody has: no link works yet.
        PasswordResetToken stored = new PasswordResetToken(account.get(), RandomSecrets.unusableHash(), now);
        tokens.add(stored);
        String language = languages.of(email).orElse(pageLanguage);
        RenderedMail mail = templates.render("password-reset", language, Map.of(
                "name", account.get().displayName(),
                "link", links.page("/shop/reset-password?token=" + OutboxMail.SECRET),
                "hours", Long.toString(PasswordResetToken.LIFETIME.toHours())));
        outbox.enqueue(new OutboxMail(MailKind.PASSWORD_RESET, stored.id().toString(), account.get().email(),
                mail.subject(), mail.text(), mail.html(), now));
    }

    public boolean isUsable(@NotNull String token) {
        return tokens.findByHash(RandomSecrets.hashOf(token)).filter(t -> t.isUsableAt(clock.instant())).isPresent();
    }

    public void resetPassword(@NotNull String token, @NotNull String newPassword)
            throws ResetLinkInvalidException, PasswordRefusedException {
        PasswordResetToken stored = tokens.findByHash(RandomSecrets.hashOf(token))
                .orElseThrow(ResetLinkInvalidException::new);
        if (!stored.isUsableAt(clock.instant())) {
            throw new ResetLinkInvalidException();
        }
        PasswordRefusedException.check(newPassword, stored.account().email());
        Instant now = clock.instant();
        Account account = stored.use(now);
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        // Any other link mailed before (asked twice, or by an intruder) dies with this one.
        tokens.spendAll(account, now);
        // The link came to the address, which proves it as well as a verification link does.
        verifications.findByAccountForUpdate(account).ifPresent(verifications::remove);
        notice.queue(account, now);
        LOG.info(() -> "Password reset for account " + account.id());
    }
}
