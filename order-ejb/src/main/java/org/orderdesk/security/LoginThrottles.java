package org.orderdesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.domain.LoginThrottle;

/** The configured login throttles (README, "Configuration"), checked once at start. */
@ApplicationScoped
public class LoginThrottles {

    @Inject
    @ConfigProperty(name = "orderdesk.login.free-failures", defaultValue = "5")
    private int freeFailures;

    @Inject
    @ConfigProperty(name = "orderdesk.login.address-free-failures", defaultValue = "20")
    private int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "orderdesk.login.first-delay", defaultValue = "PT1S")
    private Duration firstDelay;

    @Inject
    @ConfigProperty(name = "orderdesk.login.max-delay", defaultValue = "PT15M")
    private Duration maxDelay;

    private LoginThrottle account;
    private LoginThrottle address;

    @PostConstruct
    void configure() {
        account = new LoginThrottle(freeFailures, firstDelay, maxDelay);
        address = new LoginThrottle(addressFreeFailures, firstDelay, maxDelay);
    }

    /** Wrong passwords on one account, from anywhere. */
    public LoginThrottle account() {
        return account;
    }

    /** Wrong passwords from one client address, on any accounts. */
    public LoginThrottle address() {
        return address;
    }
}
