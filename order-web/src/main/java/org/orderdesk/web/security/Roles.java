package org.orderdesk.web.security;

import org.orderdesk.security.Role;

/** Role names as compile-time constants, for annotations; they must match Role's group names. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String OPERATOR = "operator";

    static {
        if (!CUSTOMER.equals(Role.CUSTOMER.groupName()) || !OPERATOR.equals(Role.OPERATOR.groupName())) {
            throw new IllegalStateException("Role names differ from org.orderdesk.security.Role");
        }
    }

    private Roles() {
    }
}
