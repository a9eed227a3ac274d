package org.orderdesk.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Wrong passwords (and second-factor codes) from one client address, on any accounts, known or not: one address
 * guessing at many accounts waits longer and longer (LoginThrottle). A row in the database rather than a count in
 * each server's memory, so that a client spread over several instances by a balancer gets no more free failures
 * than from one. Never reset by a success, or a guesser with an account of their own could reset it between
 * guesses; a forgotten row is deleted (AddressThrottle).
 */
@Entity
@Table(name = "login_address", indexes = @Index(name = "ix_login_address_until", columnList = "throttleduntil"))
public class AddressFailures {

    /** As long as the account's last login address (Account.lastLoginAddress): an IPv6 address in text. */
    public static final int ADDRESS_LENGTH = 45;

    @Id
    @Column(length = ADDRESS_LENGTH)
    private String address;

    private int failures;

    @Column(nullable = false)
    private Instant throttledUntil;

    protected AddressFailures() {
        // for JPA
    }

    /** An address with no failures yet. */
    public AddressFailures(String address, Instant now) {
        this.address = address;
        this.throttledUntil = now;
    }

    /** Counts a failure: one more in a row, or the first again after a quiet spell the throttle forgets. */
    public void recordFailure(Instant now, LoginThrottle throttle) {
        failures = throttle.isForgottenAt(now, throttledUntil) ? 1 : failures + 1;
        throttledUntil = now.plus(throttle.delayAfter(failures));
    }

    public boolean isThrottledAt(Instant now) {
        return now.isBefore(throttledUntil);
    }

    public int failures() {
        return failures;
    }
}
