package org.orderdesk.support.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.order.domain.OrderNumber;

/**
 * A customer's conversation with support, optionally about one of their orders: the aggregate that owns its
 * messages (oldest first). The customer writing puts it in the operators' queue, an operator answering hands the
 * turn back to the customer; a closed ticket takes no more messages from anyone.
 */
@Entity
@Table(name = "support_ticket", indexes = {
        @Index(name = "ix_ticket_queue", columnList = "status, lastMessageAt"),
        @Index(name = "ix_ticket_customer", columnList = "customer_number, lastMessageAt")})
public class SupportTicket {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_number", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SupportTopic topic;

    /** The customer's order the ticket is about, if any. */
    @Column(length = OrderNumber.LENGTH)
    private OrderNumber orderNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TicketStatus status;

    /** The operator who took the ticket (or answered it first). */
    @Column(length = 254)
    private String assignedOperator;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant lastMessageAt;

    /** Operator answers the customer has not seen yet. */
    @Column(nullable = false)
    private int customerUnread;

    @ElementCollection
    @CollectionTable(name = "ticket_message", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    private List<TicketMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected SupportTicket() {
        // for JPA
    }

    private SupportTicket(Customer customer, SupportTopic topic, OrderNumber orderNumber, Instant now) {
        this.customer = customer;
        this.topic = topic;
        this.orderNumber = orderNumber;
        this.createdAt = now;
    }

    /** A new ticket with the customer's first message, waiting for an operator. */
    public static SupportTicket open(Customer customer, String customerEmail, SupportTopic topic, OrderNumber orderNumber,
                                     String text, Instant now) {
        if (customer == null || topic == null) {
            throw new IllegalArgumentException("A ticket needs a customer and a topic");
        }
        SupportTicket ticket = new SupportTicket(customer, topic, orderNumber, now);
        ticket.customerWrites(customerEmail, text, now);
        return ticket;
    }

    public void customerWrites(String customerEmail, String text, Instant now) {
        add(new TicketMessage(AuthorRole.CUSTOMER, customerEmail, text, now));
        status = TicketStatus.WAITING_FOR_OPERATOR;
    }

    /** The answer counts as unread until the customer opens the ticket; answering takes an untaken ticket. */
    public void operatorAnswers(String operatorEmail, String text, Instant now) {
        add(new TicketMessage(AuthorRole.OPERATOR, operatorEmail, text, now));
        status = TicketStatus.WAITING_FOR_CUSTOMER;
        customerUnread++;
        if (assignedOperator == null) {
            assignedOperator = operatorEmail;
        }
    }

    /** An operator makes the ticket theirs, also one another operator had taken. */
    public void take(String operatorEmail) {
        requireOpen();
        if (operatorEmail == null || operatorEmail.isBlank()) {
            throw new IllegalArgumentException("A ticket is taken by an operator");
        }
        assignedOperator = operatorEmail;
    }

    /** Either side closes the ticket; a closed ticket cannot be closed again. */
    public void close() {
        requireOpen();
        status = TicketStatus.CLOSED;
    }

    public void markReadByCustomer() {
        customerUnread = 0;
    }

    public boolean isClosed() {
        return status == TicketStatus.CLOSED;
    }

    public boolean isOwnedBy(String customerEmail) {
        return customer.account().email().equalsIgnoreCase(customerEmail);
    }

    /**
     * The identity of the newest message: the ticket's id and the message's place in it. Messages are only ever
     * added, so a key is never reused; it is the event key of the mail an answer sends.
     */
    public String lastMessageKey() {
        return id + "." + messages.size();
    }

    private void add(TicketMessage message) {
        requireOpen();
        messages.add(message);
        lastMessageAt = message.at();
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new IllegalStateException("Ticket " + id + " is closed");
        }
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public SupportTopic topic() {
        return topic;
    }

    public OrderNumber orderNumber() {
        return orderNumber;
    }

    public TicketStatus status() {
        return status;
    }

    public String assignedOperator() {
        return assignedOperator;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    public int customerUnread() {
        return customerUnread;
    }

    /** Oldest first, as a conversation reads. */
    public List<TicketMessage> messages() {
        return Collections.unmodifiableList(messages);
    }
}
