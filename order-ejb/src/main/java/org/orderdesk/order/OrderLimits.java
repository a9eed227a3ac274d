package org.orderdesk.order;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What keeps one customer from holding the catalogue: an order paid online waits for its payment only so long,
 * a customer has only so many such orders open at once, and one order takes only so many units of a product.
 * Each can be set without rebuilding (README, "Configuration").
 */
@ApplicationScoped
public class OrderLimits {

    @Inject
    @ConfigProperty(name = "orderdesk.order.payment-window", defaultValue = "PT30M")
    private Duration paymentWindow;

    @Inject
    @ConfigProperty(name = "orderdesk.order.max-unpaid", defaultValue = "3")
    private int maxUnpaidOrders;

    @Inject
    @ConfigProperty(name = "orderdesk.order.max-units-per-line", defaultValue = "10")
    private int maxUnitsPerLine;

    OrderLimits() {
        // for CDI, which fills the fields from the configuration
    }

    /** The limits as given, for unit tests of the services that keep them. */
    OrderLimits(Duration paymentWindow, int maxUnpaidOrders, int maxUnitsPerLine) {
        this.paymentWindow = paymentWindow;
        this.maxUnpaidOrders = maxUnpaidOrders;
        this.maxUnitsPerLine = maxUnitsPerLine;
        check();
    }

    /** Checks the settings once, at start, so that a bad one stops the deployment instead of every checkout. */
    @PostConstruct
    void check() {
        if (paymentWindow.isNegative() || paymentWindow.isZero() || maxUnpaidOrders < 1 || maxUnitsPerLine < 1
                || maxUnitsPerLine > CartLine.MAX_QUANTITY) {
            throw new IllegalStateException("Unusable order limits: payment window " + paymentWindow + ", "
                    + maxUnpaidOrders + " unpaid orders, " + maxUnitsPerLine + " units per line (1–"
                    + CartLine.MAX_QUANTITY + ")");
        }
    }

    public Duration paymentWindow() {
        return paymentWindow;
    }

    public int maxUnpaidOrders() {
        return maxUnpaidOrders;
    }

    public int maxUnitsPerLine() {
        return maxUnitsPerLine;
    }
}
