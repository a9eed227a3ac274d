package org.orderdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.order.domain.ActivePickupCode;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PickupCode;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    /**
     * Flushed here, so that a code another instance claimed first is refused now, as this exception, rather than
     * at the commit, where the caller could tell it from no other failure.
     */
    @Override
    public void add(CustomerOrder order) {
        em.persist(order);
        em.persist(new ActivePickupCode(order));
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (isCodeTaken(refused)) {
                throw new PickupCodeTakenException(order.number(), refused);
            }
            throw refused;
        }
    }

    /** A duplicate key (SQLState 23505 on Derby and PostgreSQL) in the table of active codes. */
    private static boolean isCodeTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("active_pickup_code")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void releasePickupCode(CustomerOrder order) {
        em.createQuery("delete from ActivePickupCode c where c.code = :code and c.orderNumber = :number")
                .setParameter("code", order.pickupCode().value())
                .setParameter("number", order.number())
                .executeUpdate();
    }

    @Override
    public Optional<CustomerOrder> findByCheckoutToken(String token) {
        return em.createQuery("select o from CustomerOrder o where o.checkoutToken = :token", CustomerOrder.class)
                .setParameter("token", token)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CustomerOrder> findByNumber(OrderNumber number) {
        return em.createQuery("select o from CustomerOrder o where o.number = :number", CustomerOrder.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CustomerOrder> findByNumberForUpdate(OrderNumber number) {
        // Derby refuses FOR UPDATE on the joins a query for the whole order needs: find the key, then lock by key.
        return em.createQuery("select o.id from CustomerOrder o where o.number = :number", Long.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .map(id -> em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<OrderSummary> summaries(CustomerNumber customerNumber, boolean completed, int first, int max) {
        return em.createQuery("""
                        select new org.orderdesk.order.OrderSummary(
                            o.number, o.placedAt, o.status, o.total, o.itemCount, o.refusedUnits, o.thumbnailSku,
                            o.pickupCode, o.storageDeadline, p.name.ru, p.name.en)
                        from CustomerOrder o left join o.pickupPoint p
                        where o.customer.number = :customer and o.completed = :completed
                        order by o.number desc""", OrderSummary.class)
                .setParameter("customer", customerNumber.value())
                .setParameter("completed", completed)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public OrderTabs tabs(CustomerNumber customerNumber) {
        List<Object[]> counts = em.createQuery("""
                        select o.completed, count(o) from CustomerOrder o
                        where o.customer.number = :customer group by o.completed""", Object[].class)
                .setParameter("customer", customerNumber.value())
                .getResultList();
        long active = 0;
        long completed = 0;
        for (Object[] row : counts) {
            if ((Boolean) row[0]) {
                completed = (Long) row[1];
            } else {
                active = (Long) row[1];
            }
        }
        return new OrderTabs(active, completed);
    }

    @Override
    public List<CustomerOrder> findActiveByPickupCode(PickupCode code) {
        return em.createQuery("""
                        select o from CustomerOrder o where o.pickupCode = :code and o.completed = false""",
                        CustomerOrder.class)
                .setParameter("code", code)
                .getResultList();
    }

    @Override
    public List<OrderNumber> findStorageEndedBefore(Instant instant, int max) {
        return em.createQuery("""
                        select o.number from CustomerOrder o
                        where o.status = :waiting and o.storageDeadline < :instant
                        order by o.storageDeadline""", OrderNumber.class)
                .setParameter("waiting", OrderStatus.AWAITING_PICKUP)
                .setParameter("instant", instant)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<OrderNumber> findPaymentOverdueAt(Instant instant, int max) {
        return em.createQuery("""
                        select o.number from CustomerOrder o
                        where o.status = :awaiting and o.paymentDeadline <= :instant
                        order by o.paymentDeadline""", OrderNumber.class)
                .setParameter("awaiting", OrderStatus.AWAITING_PAYMENT)
                .setParameter("instant", instant)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countAwaitingPayment(CustomerNumber customerNumber) {
        return em.createQuery("""
                        select count(o) from CustomerOrder o
                        where o.customer.number = :customer and o.completed = false and o.status = :awaiting""",
                        Long.class)
                .setParameter("customer", customerNumber.value())
                .setParameter("awaiting", OrderStatus.AWAITING_PAYMENT)
                .getSingleResult();
    }

    @Override
    public boolean isPickupCodeInUse(PickupCode code) {
        // By key in the table of held codes, not a count over the orders: a find writes nothing first, where the
        // query flushed the checkout's stock and numbering changes early (15 % of placing an order, by JFR).
        return em.find(ActivePickupCode.class, code.value()) != null;
    }
}
