package org.orderdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.orderdesk.security.AccountIdentity;
import org.orderdesk.security.EmailVerificationService;
import org.orderdesk.security.LoginService;
import org.orderdesk.web.platform.ClientAddress;

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

    @Inject
    private ClientAddress clientAddress;

    /**
     * A password from the login form, or an address verification link, which logs its account in once
     * (EmailVerificationService). Dispatched here rather than by IdentityStore's reflective default, which did not
     * find a method for the link's credential on the CDI proxy after a redeployment.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return resultOf(logins.authenticate(password.getCaller(), password.getPassword().getValue(),
                    clientAddress.of(request)));
        }
        if (credential instanceof VerificationLinkCredential link) {
            return resultOf(verifications.verify(link.token(), clientAddress.of(request)));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult resultOf(Optional<AccountIdentity> account) {
        return account.map(a -> new CredentialValidationResult(a.email(), Set.of(a.role().groupName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
