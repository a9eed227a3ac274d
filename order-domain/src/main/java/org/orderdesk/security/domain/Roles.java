package org.orderdesk.security.domain;

/**
 * Role names as compile-time constants, for @RolesAllowed, @RunAs and @DeclareRoles; Role's groups use the same
 * names. The deployment descriptors (web.xml, payara-web.xml) name them too.
 */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String OPERATOR = "operator";
    /**
     * What timers and start-up seeding run as: no person has it. payara-web.xml maps it to the run-as principal,
     * which Payara needs for @RunAs.
     */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
