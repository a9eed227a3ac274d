package org.orderdesk.order.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.shared.Money;

/**
 * An order: the aggregate that owns its lines and its status history. Its number and pickup code are assigned
 * when it is placed and never change; its status moves only along the status machine.
 */
@Entity
@Table(name = "customer_order", indexes = {
        @Index(name = "ix_order_customer_tab", columnList = "customer_number, completed, number DESC"),
        @Index(name = "ix_order_pickup_code", columnList = "pickupCode"),
        @Index(name = "ix_order_placed", columnList = "placedAt"),
        @Index(name = "ix_order_status", columnList = "status, storageDeadline"),
        @Index(name = "ix_order_payment_due", columnList = "status, paymentDeadline")})
public class CustomerOrder {

    /** How long a pickup point keeps an order that has arrived. */
    public static final Duration STORAGE = Duration.ofDays(7);

    /** Who the history names for cancelling orders nobody paid for in time. */
    public static final String UNPAID_EXPIRY = "system: payment not received";

    /** How much longer it keeps it when the customer asks, once. */
    public static final Duration STORAGE_EXTENSION = Duration.ofDays(3);

    /** How long an order paid online waits for its payment unless the shop is configured otherwise. */
    public static final Duration DEFAULT_PAYMENT_WINDOW = Duration.ofMinutes(30);

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = OrderNumber.LENGTH)
    private OrderNumber number;

    /** The review page's one-time token: placing twice with it finds this order instead of making another. */
    @Column(nullable = false, unique = true, length = 64)
    private String checkoutToken;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_number", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrderStatus status;

    @Column(nullable = false, length = PickupCode.LENGTH)
    private PickupCode pickupCode;

    @ElementCollection
    @CollectionTable(name = "order_line")
    @OrderColumn(name = "position")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_status_change")
    @OrderColumn(name = "position")
    private List<StatusChange> history = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryMethod deliveryMethod;

    @Embedded
    private DeliveryAddress deliveryAddress;

    @ManyToOne(fetch = FetchType.LAZY)
    private PickupPoint pickupPoint;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "delivery_price", precision = 14, scale = 2, nullable = false))
    private Money deliveryPrice;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total", precision = 14, scale = 2, nullable = false))
    private Money total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentState paymentState;

    @Column(length = 4)
    private String cardLastDigits;

    @Column(nullable = false)
    private Instant placedAt;

    /**
     * Whether the order has reached a final status. Kept as a column, derived from the status, so that My orders
     * reads one tab of one customer's orders, newest (highest number) first, straight from an index. The index
     * is descending on the number because Derby does not read an index backwards: an ascending one ends in a sort.
     */
    @Column(nullable = false)
    private boolean completed;

    /** Kept with the order so that lists need not read every order's lines. */
    @Column(nullable = false)
    private int itemCount;

    /** Units refused at the pickup desk, kept with the order like the item count, for the same lists. */
    @Column(name = "refused_units", nullable = false)
    private int refusedUnits;

    /** The product whose picture stands for the order in lists. */
    @Column(nullable = false, length = 32)
    private String thumbnailSku;

    /** Set when the order arrives at its pickup point; after it the point sends the order back. */
    private Instant storageDeadline;

    @Column(nullable = false)
    private boolean storageExtended;

    /** Set for an order paid online: if no payment has come by then, the order is cancelled. */
    private Instant paymentDeadline;

    /**
     * Declined tries so far; each new try is a new charge with a key of its own. Null in rows stored before tries
     * were counted (changeset 002 added the column as it was then, nullable).
     */
    private Integer paymentAttempts;

    private Instant refundedAt;

    /**
     * What goes back to a card paid online when the customer refused units at the desk. Null otherwise: a
     * cancelled paid order gets its whole total back.
     */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "partial_refund", precision = 14, scale = 2))
    private Money partialRefund;

    @Version
    private long version;

    protected CustomerOrder() {
        // for JPA
    }

    private CustomerOrder(Builder builder) {
        if (builder.lines.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one line");
        }
        this.number = builder.number;
        this.checkoutToken = builder.checkoutToken;
        this.customer = builder.customer;
        this.pickupCode = builder.pickupCode;
        this.lines.addAll(builder.lines);
        this.deliveryMethod = builder.deliveryMethod;
        this.deliveryAddress = builder.deliveryAddress;
        this.pickupPoint = builder.pickupPoint;
        this.paymentMethod = builder.paymentMethod;
        this.placedAt = builder.placedAt;
        this.itemCount = lines.stream().mapToInt(OrderLine::quantity).sum();
        this.thumbnailSku = lines.get(0).sku();
        Money goods = goodsTotal();
        this.deliveryPrice = DeliveryPricing.priceOf(deliveryMethod, goods);
        this.total = goods.plus(deliveryPrice);
        this.status = OrderStatus.CREATED;
        this.history.add(new StatusChange(null, OrderStatus.CREATED, placedAt, builder.customerEmail, null));
        // Placing is not a change anyone follows up: checkout itself reserves the stock and queues the mail.
        if (paymentMethod.isPaidOnline()) {
            this.paymentState = PaymentState.AWAITING;
            this.paymentDeadline = placedAt.plus(builder.paymentWindow);
            moveTo(OrderStatus.AWAITING_PAYMENT, builder.customerEmail, placedAt, null, OrderEvents.NONE);
        } else {
            this.paymentState = PaymentState.ON_RECEIPT;
            moveTo(OrderStatus.ASSEMBLING, builder.customerEmail, placedAt, null, OrderEvents.NONE);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The statuses an operator may move the order to from the console. Leaving AWAITING_PAYMENT for ASSEMBLING is
     * the payment's move alone: an order paid online is assembled only once the money is in.
     */
    public Set<OrderStatus> operatorMoves() {
        Set<OrderStatus> moves = EnumSet.noneOf(OrderStatus.class);
        moves.addAll(status.next(deliveryMethod));
        if (status == OrderStatus.AWAITING_PAYMENT) {
            moves.remove(OrderStatus.ASSEMBLING);
        }
        return moves;
    }

    /** The online payment went through: the shop can start assembling. */
    public void recordPayment(String lastDigits, String actor, Instant now, OrderEvents events) {
        requireAwaitingPayment();
        this.paymentState = PaymentState.PAID;
        this.cardLastDigits = lastDigits;
        moveTo(OrderStatus.ASSEMBLING, actor, now, null, events);
    }

    /** The card was declined: the order keeps waiting for a payment, which the customer may retry. */
    public void recordDeclinedPayment(String lastDigits) {
        requireAwaitingPayment();
        this.paymentState = PaymentState.DECLINED;
        this.cardLastDigits = lastDigits;
        this.paymentAttempts = declinedTries() + 1;
    }

    /**
     * The key of the next charge at the payment gateway. It changes only after a declined try: a retry of a
     * charge whose answer was lost (a crash, a timeout) sends the same key, and the gateway answers it with the
     * first charge's result instead of charging again.
     */
    public String paymentKey() {
        return number + "-payment-" + declinedTries();
    }

    private int declinedTries() {
        return paymentAttempts == null ? 0 : paymentAttempts;
    }

    /** The key of the refund of this order's payment: there is at most one. */
    public String refundKey() {
        return number + "-refund";
    }

    /**
     * Money paid online for goods the customer does not get goes back: a cancelled order, an order nobody
     * collected (the returned mail promises it), and the units refused at the desk.
     */
    public boolean isRefundDue() {
        return paymentState == PaymentState.PAID && paymentMethod.isPaidOnline() && refundedAt == null
                && (status == OrderStatus.CANCELLED || status == OrderStatus.RETURNED || partialRefund != null);
    }

    /** How much the refund due gives back: the refused units of a partial pickup, otherwise the whole total. */
    public Money refundAmount() {
        return partialRefund != null ? partialRefund : total;
    }

    /** The gateway gave the money back. */
    public void recordRefund(Instant now) {
        if (!isRefundDue()) {
            throw new IllegalStateException("Order " + number + " has no refund due");
        }
        // After a partial pickup the customer still paid for what they took.
        if (status != OrderStatus.RECEIVED) {
            this.paymentState = PaymentState.REFUNDED;
        }
        this.refundedAt = now;
    }

    /** Until when an order paid online waits for its payment; after it the order is cancelled. */
    public Instant paymentDeadline() {
        return paymentDeadline;
    }

    /** Orders stored before payments had deadlines have none, and never expire by themselves. */
    public boolean isPaymentOverdue(Instant now) {
        return status == OrderStatus.AWAITING_PAYMENT && paymentDeadline != null && !now.isBefore(paymentDeadline);
    }

    /** Nobody paid in time: the order is cancelled and its goods go back on sale. */
    public void cancelUnpaid(Instant now, OrderEvents events) {
        if (!isPaymentOverdue(now)) {
            throw new IllegalStateException("Order " + number + " is not overdue for payment");
        }
        moveTo(OrderStatus.CANCELLED, UNPAID_EXPIRY, now, new CancellationReason(CancelReason.NOT_PAID, null),
                events);
    }

    public void handToDelivery(String actor, Instant now, OrderEvents events) {
        moveTo(OrderStatus.HANDED_TO_DELIVERY, actor, now, null, events);
    }

    public void startTransit(String actor, Instant now, OrderEvents events) {
        moveTo(OrderStatus.IN_TRANSIT, actor, now, null, events);
    }

    /** The order arrived at its pickup point: its storage there starts now. */
    public void arriveAtPickupPoint(String actor, Instant now, OrderEvents events) {
        requireMove(OrderStatus.AWAITING_PICKUP);
        storageDeadline = now.plus(STORAGE);
        moveTo(OrderStatus.AWAITING_PICKUP, actor, now, null, events);
    }

    public void giveToCourier(String actor, Instant now, OrderEvents events) {
        moveTo(OrderStatus.WITH_COURIER, actor, now, null, events);
    }

    public void deliver(String actor, Instant now, OrderEvents events) {
        moveTo(OrderStatus.DELIVERED, actor, now, null, events);
    }

    /** The pickup point handed the whole order over (the desk checked the code first). */
    public void handOverAtPickupPoint(String actor, Instant now, OrderEvents events) {
        handOverAtPickupPoint(List.of(), actor, now, events);
    }

    /**
     * The pickup point handed over what the customer took and kept the refused units: the order records the
     * refusals per line, its total becomes what the customer pays for, and a card paid online is owed the rest.
     * Refusing everything returns the order. The history's last change says who handed it over and when.
     */
    public void handOverAtPickupPoint(List<Refusal> refusals, String actor, Instant now, OrderEvents events) {
        PickupSettlement settlement = PickupSettlement.of(this, refusals);
        OrderStatus next = settlement.takesNothing() ? OrderStatus.RETURNED : OrderStatus.RECEIVED;
        requireMove(next);
        for (Refusal refusal : refusals) {
            lines.get(refusal.line()).refuse(refusal.units(), refusal.reason());
            refusedUnits += refusal.units();
        }
        if (!refusals.isEmpty()) {
            if (paymentState == PaymentState.PAID) {
                partialRefund = settlement.refund();
            }
            deliveryPrice = settlement.delivery();
            total = settlement.takenGoods().plus(settlement.delivery());
        }
        moveTo(next, actor, now, null, events);
    }

    /** Whether the customer refused some units at the desk and took the others. */
    public boolean isReceivedPartially() {
        return status == OrderStatus.RECEIVED && refusedUnits() > 0;
    }

    public int refusedUnits() {
        return refusedUnits;
    }

    public int takenUnits() {
        return itemCount - refusedUnits();
    }

    /** The refund of refused units of an order paid online, if there is one. */
    public Money partialRefund() {
        return partialRefund;
    }

    /** Nobody collected the order: the point sends it back. */
    public void returnFromPickupPoint(String actor, Instant now, OrderEvents events) {
        moveTo(OrderStatus.RETURNED, actor, now, null, events);
    }

    /** The shop's cancellation, with a reason, possible until the order is handed over to delivery. */
    public void cancel(CancellationReason reason, String actor, Instant now, OrderEvents events) {
        if (reason == null) {
            throw new IllegalArgumentException("A cancellation needs a reason");
        }
        moveTo(OrderStatus.CANCELLED, actor, now, reason, events);
    }

    /** Whether the customer may still cancel: only until the order is handed over to delivery. */
    public boolean isCancellableByCustomer() {
        return status.isCancellableByCustomer();
    }

    /** The customer's cancellation; refused once the order has gone to delivery, even if the machine allowed it. */
    public void cancelByCustomer(CancellationReason reason, String customerEmail, Instant now, OrderEvents events) {
        if (!isCancellableByCustomer()) {
            throw new IllegalStatusChangeException(number, status, OrderStatus.CANCELLED);
        }
        cancel(reason, customerEmail, now, events);
    }

    /** Storage can be extended once, while the order waits at the pickup point and its storage has not ended. */
    public boolean canExtendStorage(Instant now) {
        return status == OrderStatus.AWAITING_PICKUP && !storageExtended && now.isBefore(storageDeadline);
    }

    public void extendStorage(Instant now) {
        if (!canExtendStorage(now)) {
            throw new IllegalStateException("Storage of order " + number + " cannot be extended");
        }
        storageDeadline = storageDeadline.plus(STORAGE_EXTENSION);
        storageExtended = true;
    }

    /** The pickup code matters only while the order can still be received; afterwards it is not shown. */
    public boolean isPickupCodeValid() {
        return !status.isFinal();
    }

    /**
     * What the customer still pays when receiving the order: the total if they chose to pay on receipt, nothing
     * once it is paid, and nothing for an order that will not be received at all.
     */
    public Money amountDueOnReceipt() {
        return paymentState == PaymentState.ON_RECEIPT && !status.isFinal() ? total : Money.ZERO;
    }

    private void requireAwaitingPayment() {
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw new IllegalStateException("Order " + number + " is not awaiting payment but " + status);
        }
    }

    /**
     * The one way an order changes status: along the machine, never past the payment of an order paid online,
     * recorded in the history, and followed by what the change means outside the order (stock, refund, mail),
     * which the events carry out in the same transaction.
     */
    private void moveTo(OrderStatus next, String actor, Instant now, CancellationReason reason, OrderEvents events) {
        requireMove(next);
        StatusChange change = new StatusChange(status, next, now, actor, reason);
        history.add(change);
        status = next;
        completed = next.isFinal();
        if ((next == OrderStatus.RECEIVED || next == OrderStatus.DELIVERED) && paymentState == PaymentState.ON_RECEIPT) {
            // Goods are handed over only against payment, so handing over means the money was taken.
            paymentState = PaymentState.PAID;
        }
        if ((next == OrderStatus.CANCELLED || next == OrderStatus.RETURNED) && paymentState != PaymentState.PAID) {
            // No goods will be handed over, so no money will be asked for.
            paymentState = PaymentState.NOTHING_DUE;
        }
        events.statusChanged(this, change);
    }

    private void requireMove(OrderStatus next) {
        if (!status.next(deliveryMethod).contains(next) || isUnpaidOnline() && next.needsPayment()) {
            throw new IllegalStatusChangeException(number, status, next);
        }
    }

    private boolean isUnpaidOnline() {
        return paymentMethod.isPaidOnline() && paymentState != PaymentState.PAID;
    }

    public Money goodsTotal() {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money.ZERO, Money::plus);
    }

    public int itemCount() {
        return itemCount;
    }

    public String thumbnailSku() {
        return thumbnailSku;
    }

    public boolean isCompleted() {
        return completed;
    }

    public Instant storageDeadline() {
        return storageDeadline;
    }

    public boolean isStorageExtended() {
        return storageExtended;
    }

    /** The reason given when the order was cancelled, if it was. */
    public CancellationReason cancellationReason() {
        return status == OrderStatus.CANCELLED ? history.get(history.size() - 1).cancellationReason() : null;
    }

    public Long id() {
        return id;
    }

    public OrderNumber number() {
        return number;
    }

    public String checkoutToken() {
        return checkoutToken;
    }

    public Customer customer() {
        return customer;
    }

    public OrderStatus status() {
        return status;
    }

    public PickupCode pickupCode() {
        return pickupCode;
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    public DeliveryAddress deliveryAddress() {
        return deliveryAddress;
    }

    public PickupPoint pickupPoint() {
        return pickupPoint;
    }

    public Money deliveryPrice() {
        return deliveryPrice;
    }

    public Money total() {
        return total;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    public PaymentState paymentState() {
        return paymentState;
    }

    public String cardLastDigits() {
        return cardLastDigits;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant refundedAt() {
        return refundedAt;
    }

    /** Collects what an order is placed with; the order checks it all when built. */
    public static final class Builder {

        private OrderNumber number;
        private String checkoutToken;
        private Customer customer;
        private String customerEmail;
        private PickupCode pickupCode;
        private final List<OrderLine> lines = new ArrayList<>();
        private DeliveryMethod deliveryMethod;
        private DeliveryAddress deliveryAddress;
        private PickupPoint pickupPoint;
        private PaymentMethod paymentMethod;
        private Instant placedAt;
        private Duration paymentWindow = DEFAULT_PAYMENT_WINDOW;

        private Builder() {
        }

        public Builder number(OrderNumber orderNumber) {
            this.number = orderNumber;
            return this;
        }

        public Builder checkoutToken(String token) {
            this.checkoutToken = token;
            return this;
        }

        public Builder customer(Customer orderingCustomer, String email) {
            this.customer = orderingCustomer;
            this.customerEmail = email;
            return this;
        }

        public Builder pickupCode(PickupCode code) {
            this.pickupCode = code;
            return this;
        }

        public Builder line(OrderLine line) {
            this.lines.add(line);
            return this;
        }

        public Builder courierTo(DeliveryAddress address) {
            this.deliveryMethod = DeliveryMethod.COURIER;
            this.deliveryAddress = address;
            this.pickupPoint = null;
            return this;
        }

        public Builder pickupAt(PickupPoint point) {
            this.deliveryMethod = DeliveryMethod.PICKUP_POINT;
            this.pickupPoint = point;
            this.deliveryAddress = null;
            return this;
        }

        public Builder payment(PaymentMethod method) {
            this.paymentMethod = method;
            return this;
        }

        public Builder placedAt(Instant instant) {
            this.placedAt = instant;
            return this;
        }

        /** How long an order paid online waits for its payment. */
        public Builder paymentWindow(Duration window) {
            this.paymentWindow = window;
            return this;
        }

        public CustomerOrder build() {
            if (number == null || pickupCode == null || checkoutToken == null
                    || customer == null || deliveryMethod == null || paymentMethod == null || placedAt == null) {
                throw new IllegalStateException("Incomplete order " + number);
            }
            return new CustomerOrder(this);
        }
    }
}
