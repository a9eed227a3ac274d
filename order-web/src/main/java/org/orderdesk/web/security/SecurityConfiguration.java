package org.orderdesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security with our own login page: a visitor who opens a protected page is redirected to it and, once
 * logged in, back to where they were. Accounts come from AccountIdentityStore; /account and /admin are
 * protected in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/shop/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.CUSTOMER, Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
