package org.orderdesk.security.domain;

/** The groups Jakarta Security hands to the container; the names are the ones used in role checks. */
public enum Role {
    CUSTOMER(Roles.CUSTOMER),
    OPERATOR(Roles.OPERATOR);

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }
}
