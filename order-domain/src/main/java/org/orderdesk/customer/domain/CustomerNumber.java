package org.orderdesk.customer.domain;

import java.io.Serializable;
import java.security.SecureRandom;

/**
 * The 8-digit number a customer is known by. Order numbers start with it, so its format is a contract with
 * customers and support staff, not a detail of the database. A value that exists has eight digits.
 */
public record CustomerNumber(long value) implements Serializable {

    public static final long FIRST = 10_000_001L;
    public static final long LAST = 99_999_999L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @throws IllegalArgumentException if the number has not exactly eight digits */
    public CustomerNumber {
        if (value < FIRST || value > LAST) {
            throw new IllegalArgumentException("A customer number has exactly 8 digits: " + value);
        }
    }

    /**
     * A number drawn at random (a CSPRNG) from the whole 8-digit range, so that it tells nobody how many
     * customers there are or who registered before whom. The caller makes sure it is not taken yet.
     */
    public static CustomerNumber random() {
        return new CustomerNumber(RANDOM.nextLong(FIRST, LAST + 1));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
