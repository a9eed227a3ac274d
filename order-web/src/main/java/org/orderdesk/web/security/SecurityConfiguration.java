package org.orderdesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.orderdesk.security.domain.Roles;

/**
 * The application's roles. Callers are authenticated by SessionAuthenticationMechanism against
 * AccountIdentityStore; /account and /admin are protected in web.xml.
 */
@DeclareRoles({Roles.CUSTOMER, Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
