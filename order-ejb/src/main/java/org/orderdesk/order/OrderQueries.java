package org.orderdesk.order;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.platform.Slice;

/** Reading orders on behalf of their owner: another customer's order is as absent as one that does not exist. */
@Stateless
public class OrderQueries {

    /** Orders on one page of My orders. */
    public static final int PAGE_SIZE = 20;

    @Inject
    private OrderRepository orders;

    @Inject
    private CustomerRepository customers;

    public OrderTabs tabs(@NotBlank String customerEmail) {
        return orders.tabs(customerNumberOf(customerEmail));
    }

    /** One page (from 1) of the customer's active or completed orders, newest first. */
    public Slice<OrderSummary> list(@NotBlank String customerEmail, boolean completed, @Min(1) int page) {
        return myOrders(customerEmail, completed, page).page();
    }

    /**
     * The tabs' counts and one page of a tab, from one lookup of the customer and one count query: the page's
     * total is the chosen tab's count.
     */
    public MyOrders myOrders(@NotBlank String customerEmail, boolean completed, @Min(1) int page) {
        long customer = customerNumberOf(customerEmail);
        OrderTabs tabs = orders.tabs(customer);
        long total = completed ? tabs.completed() : tabs.active();
        List<OrderSummary> rows = orders.summaries(customer, completed, Slice.firstRow(page, PAGE_SIZE), PAGE_SIZE);
        return new MyOrders(tabs, new Slice<>(rows, total, page, PAGE_SIZE));
    }

    /**
     * Finds the customer's order by what they typed: the whole number, or just its sequence part ("7" or "0007"),
     * since the first eight digits are the same on all their orders.
     */
    public Optional<String> findNumber(@NotBlank String customerEmail, @NotBlank String typed) {
        String query = typed.strip();
        if (query.matches("\\d{1,4}")) {
            int sequence = Integer.parseInt(query);
            if (sequence < 1) {
                return Optional.empty();
            }
            query = OrderNumber.of(customerNumberOf(customerEmail), sequence);
        }
        return OrderNumber.isWellFormed(query)
                ? ownedBy(customerEmail, query).map(CustomerOrder::number)
                : Optional.empty();
    }

    /**
     * The numbers of the customer's orders to choose from in a form: active ones first, then completed ones, each
     * newest first, at most max of each.
     */
    public List<String> recentNumbers(@NotBlank String customerEmail, @Min(1) int max) {
        long customer = customerNumberOf(customerEmail);
        return Stream.concat(orders.summaries(customer, false, 0, max).stream(),
                        orders.summaries(customer, true, 0, max).stream())
                .map(OrderSummary::number).toList();
    }

    private long customerNumberOf(String email) {
        return customers.findByEmail(email).orElseThrow().number();
    }

    public Optional<CustomerOrder> ownedBy(@NotBlank String customerEmail, @NotBlank String orderNumber) {
        return orders.findByNumber(orderNumber)
                .filter(order -> order.customer().account().email().equals(customerEmail.toLowerCase()))
                .map(OrderQueries::loaded);
    }

    /** Touches the lazy parts while the transaction is open, so pages can show them. */
    static CustomerOrder loaded(CustomerOrder order) {
        order.customer().account().email();
        order.lines().size();
        order.history().size();
        if (order.pickupPoint() != null) {
            order.pickupPoint().code();
        }
        return order;
    }
}
