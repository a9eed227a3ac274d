package org.orderdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.orderdesk.security.Account;
import org.orderdesk.security.EmailVerificationService;
import org.orderdesk.security.LoginService;

/**
 * Jakarta Security's view of our accounts: the caller is the e-mail, the group is the account's role. The
 * client address is the connection's: a forwarded-for header is anyone's to forge, so it is not trusted.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private LoginService logins;

    @Inject
    private EmailVerificationService verifications;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return resultOf(logins.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                request.getRemoteAddr()));
    }

    /** An address verification link logs its account in, once (EmailVerificationService). */
    public CredentialValidationResult validate(VerificationLinkCredential credential) {
        return resultOf(verifications.verify(credential.token(), request.getRemoteAddr()));
    }

    private static CredentialValidationResult resultOf(Optional<Account> account) {
        return account.map(a -> new CredentialValidationResult(a.email(), Set.of(a.role().groupName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
