package org.orderdesk.security;

/** The groups Jakarta Security hands to the container; the names are the ones used in role checks. */
public enum Role {
    CUSTOMER("customer"),
    OPERATOR("operator");

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }
}
