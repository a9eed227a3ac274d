package org.orderdesk.support.domain;

/** Which side of a support conversation wrote a message. */
public enum AuthorRole {
    CUSTOMER,
    OPERATOR
}
