package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.platform.Slice;
import org.orderdesk.security.domain.Roles;

/**
 * Reading the calling customer's own orders: another customer's order is as absent as one that does not exist.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class OrderQueries {

    /** Orders on one page of My orders. */
    public static final int PAGE_SIZE = 20;

    @Inject
    private OrderRepository orders;

    @Inject
    private CustomerRepository customers;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public OrderTabs tabs() {
        return orders.tabs(customerNumber());
    }

    /** One page (from 1) of the customer's active or completed orders, newest first. */
    public Slice<OrderSummary> list(boolean completed, @Min(1) int page) {
        return myOrders(completed, page).page();
    }

    /**
     * The tabs' counts and one page of a tab, from one lookup of the customer and one count query: the page's
     * total is the chosen tab's count.
     */
    public MyOrders myOrders(boolean completed, @Min(1) int page) {
        CustomerNumber customer = customerNumber();
        OrderTabs tabs = orders.tabs(customer);
        long total = completed ? tabs.completed() : tabs.active();
        List<OrderSummary> rows = orders.summaries(customer, completed, Slice.firstRow(page, PAGE_SIZE), PAGE_SIZE);
        return new MyOrders(tabs, new Slice<>(rows, total, page, PAGE_SIZE));
    }

    /**
     * Finds the customer's order by what they typed: the whole number, or just its sequence part ("7" or "0007"),
     * since the first eight digits are the same on all their orders.
     */
    public Optional<OrderNumber> findNumber(@NotBlank String typed) {
        String query = typed.strip();
        if (query.matches("\\d{1,4}")) {
            int sequence = Integer.parseInt(query);
            return sequence < 1 ? Optional.empty() : ownNumber(OrderNumber.of(customerNumber(), sequence));
        }
        return OrderNumber.parse(query).flatMap(this::ownNumber);
    }

    private Optional<OrderNumber> ownNumber(OrderNumber number) {
        return own(number).map(CustomerOrder::number);
    }

    /**
     * The numbers of the customer's orders to choose from in a form: active ones first, then completed ones, each
     * newest first, at most max of each.
     */
    public List<OrderNumber> recentNumbers(@Min(1) int max) {
        CustomerNumber customer = customerNumber();
        return Stream.concat(orders.summaries(customer, false, 0, max).stream(),
                        orders.summaries(customer, true, 0, max).stream())
                .map(OrderSummary::number).toList();
    }

    private CustomerNumber customerNumber() {
        return customers.findByEmail(caller()).orElseThrow().number();
    }

    /** The customer's own order as its pages show it, read whole in this transaction. */
    public Optional<OrderView> ownedBy(@NotNull OrderNumber orderNumber) {
        return own(orderNumber).map(order -> OrderView.of(order, clock.instant()));
    }

    /**
     * Whether the order is the caller's: for pages and services that only name an order (a support ticket), without
     * reading its lines and history as ownedBy does.
     */
    public boolean owns(@NotNull OrderNumber orderNumber) {
        return own(orderNumber).isPresent();
    }

    private Optional<CustomerOrder> own(OrderNumber orderNumber) {
        String caller = caller();
        return orders.findByNumber(orderNumber)
                .filter(order -> order.customer().account().email().equalsIgnoreCase(caller));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
