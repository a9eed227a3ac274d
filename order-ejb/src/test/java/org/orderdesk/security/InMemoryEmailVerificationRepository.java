package org.orderdesk.security;

import java.util.Optional;
import org.orderdesk.platform.InMemoryRows;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.EmailVerification;

/** EmailVerificationRepository in memory; locks are no-ops in one thread. */
public class InMemoryEmailVerificationRepository extends InMemoryRows<EmailVerification>
        implements EmailVerificationRepository {

    @Override
    public Optional<EmailVerification> findByHash(String tokenHash) {
        return first(verification -> tokenHash.equals(column(verification, "tokenHash")));
    }

    @Override
    public Optional<EmailVerification> find(long id) {
        return first(verification -> verification.id() == id);
    }

    @Override
    public Optional<EmailVerification> findByAccountForUpdate(Account account) {
        return first(verification -> verification.account() == account);
    }

    @Override
    public boolean isPending(Account account) {
        return findByAccountForUpdate(account).isPresent();
    }

    @Override
    public void add(EmailVerification verification) {
        insert(verification);
    }

    @Override
    public void remove(EmailVerification verification) {
        delete(verification);
    }
}
