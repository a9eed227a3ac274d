package org.orderdesk.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.payment.domain.SandboxOperation;
import org.orderdesk.payment.domain.SandboxOperation.Kind;
import org.orderdesk.shared.Money;

/**
 * A sandbox processor that moves no money but otherwise behaves like a real one. It answers like a card
 * processor's test mode: the published test card 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is
 * declined, and so is anything else. It keeps a ledger of what it answered under each idempotency key, in a
 * transaction of its own (the processor is not part of the shop's transaction), and answers a repeated key from
 * it. A key sent again for a different order or amount is refused, as processors refuse it.
 */
@Stateless
// Not a service of its own: the payment and the refunds of cancelled orders call it for whoever acts.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SandboxPaymentGateway implements PaymentGateway {

    public static final String APPROVED_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";

    private static final Logger LOG = Logger.getLogger(SandboxPaymentGateway.class.getName());

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public PaymentResult charge(String idempotencyKey, String orderNumber, Money amount, String cardNumber) {
        String digits = cardNumber.replaceAll("[\\s-]", "");
        String lastDigits = digits.length() >= 4 ? digits.substring(digits.length() - 4) : digits;
        SandboxOperation charge = answered(idempotencyKey, Kind.CHARGE, orderNumber, amount)
                .orElseGet(() -> record(new SandboxOperation(idempotencyKey, Kind.CHARGE, orderNumber, amount,
                        APPROVED_CARD.equals(digits), lastDigits, clock.instant())));
        return new PaymentResult(charge.isApproved(), charge.cardLastDigits());
    }

    @Override
    public boolean refund(String idempotencyKey, String orderNumber, Money amount) {
        return answered(idempotencyKey, Kind.REFUND, orderNumber, amount)
                .orElseGet(() -> record(new SandboxOperation(idempotencyKey, Kind.REFUND, orderNumber, amount,
                        isRefundable(orderNumber, amount), null, clock.instant())))
                .isApproved();
    }

    @Override
    public boolean isSandbox() {
        return true;
    }

    private Optional<SandboxOperation> answered(String key, Kind kind, String orderNumber, Money amount) {
        Optional<SandboxOperation> earlier = Optional.ofNullable(em.find(SandboxOperation.class, key));
        if (earlier.isPresent() && !earlier.get().isSameRequest(kind, orderNumber, amount)) {
            throw new IllegalArgumentException("Idempotency key " + key + " was used for another request");
        }
        return earlier;
    }

    /** Whether the order's approved charges cover this refund on top of the refunds already made. */
    private boolean isRefundable(String orderNumber, Money amount) {
        return approvedSum(orderNumber, Kind.REFUND).plus(amount).compareTo(approvedSum(orderNumber, Kind.CHARGE)) <= 0;
    }

    private Money approvedSum(String orderNumber, Kind kind) {
        return em.createQuery("""
                        select p from SandboxOperation p
                        where p.orderNumber = :order and p.kind = :kind and p.approved = true""", SandboxOperation.class)
                .setParameter("order", orderNumber).setParameter("kind", kind).getResultStream()
                .map(SandboxOperation::amount).reduce(Money.ZERO, Money::plus);
    }

    private SandboxOperation record(SandboxOperation operation) {
        em.persist(operation);
        em.flush();
        LOG.info(() -> "Sandbox " + operation.kind() + " " + operation.idempotencyKey() + " for "
                + operation.orderNumber() + " of " + operation.amount() + ": "
                + (operation.isApproved() ? "approved" : "declined"));
        return operation;
    }
}
