package org.orderdesk.security;

import java.util.Optional;

/**
 * The language the owner of an account reads their mail in. Customers choose one in their profile; operators have
 * none. Security asks through this port, implemented by the customer feature, so that accounts do not depend on
 * the customers built on them.
 */
public interface OwnerLanguages {

    /** The owner's language ("ru", "en"), or empty when the account has no customer profile. */
    Optional<String> of(String email);
}
