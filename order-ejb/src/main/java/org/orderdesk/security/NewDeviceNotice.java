package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.KnownDevice;

/**
 * Tells the owner of an account when it was logged in to from a browser it had not been used in before (ASVS
 * 2.2.3), through the outbox in the login's transaction: with the browser and address the login came from, the
 * page where they can end it, and the way to a new password should it not have been them.
 */
@ApplicationScoped
class NewDeviceNotice {

    @Inject
    private KnownDeviceRepository devices;

    @Inject
    private OwnerMails mails;

    @Inject
    private PublicLinks links;

    /** The account must be locked: two first logins from one browser at once must not both record it. */
    void loggedIn(Account account, String deviceToken, String deviceName, String clientAddress, Instant now) {
        String tokenHash = RandomSecrets.hashOf(deviceToken);
        devices.find(account, tokenHash).ifPresentOrElse(known -> known.loggedInAt(now), () -> {
            // The browser the account was opened in is its first, and no news to anyone.
            boolean firstBrowser = !devices.hasAny(account);
            devices.add(new KnownDevice(account, tokenHash, now));
            if (!firstBrowser) {
                mails.queue(account, MailKind.NEW_DEVICE_LOGIN, account.id() + "." + tokenHash.substring(0, 16),
                        "new-device-login", Map.of("device", deviceName, "address", clientAddress,
                                "sessions", links.page("/account/profile"),
                                "link", links.page("/shop/forgot-password")), now);
            }
        });
    }

    void forgetUnusedBefore(Instant before) {
        devices.removeUnusedSince(before);
    }
}
