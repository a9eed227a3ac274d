package org.orderdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.orderdesk.security.LoginService;

/** Jakarta Security's view of our accounts: the caller is the e-mail, the group is the account's role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private LoginService logins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return logins.authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.email(), Set.of(account.role().groupName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
