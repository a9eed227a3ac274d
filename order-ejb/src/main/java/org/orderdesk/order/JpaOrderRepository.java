package org.orderdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    /** Derived from the status machine, so that a new final status is never forgotten here. */
    private static final Set<OrderStatus> FINAL = Arrays.stream(OrderStatus.values())
            .filter(OrderStatus::isFinal).collect(Collectors.toSet());

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public void add(CustomerOrder order) {
        em.persist(order);
        em.flush();
    }

    @Override
    public Optional<CustomerOrder> findByCheckoutToken(String token) {
        return em.createQuery("select o from CustomerOrder o where o.checkoutToken = :token", CustomerOrder.class)
                .setParameter("token", token)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CustomerOrder> findByNumber(String number) {
        return em.createQuery("select o from CustomerOrder o where o.number = :number", CustomerOrder.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CustomerOrder> findByNumberForUpdate(String number) {
        // Derby refuses FOR UPDATE on the joins a query for the whole order needs: find the key, then lock by key.
        return em.createQuery("select o.id from CustomerOrder o where o.number = :number", Long.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .map(id -> em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<OrderSummary> summaries(long customerNumber, boolean completed, int first, int max) {
        return em.createQuery("""
                        select new org.orderdesk.order.OrderSummary(
                            o.number, o.placedAt, o.status, o.total, o.itemCount, o.thumbnailSku)
                        from CustomerOrder o
                        where o.customer.number = :customer and o.completed = :completed
                        order by o.number desc""", OrderSummary.class)
                .setParameter("customer", customerNumber)
                .setParameter("completed", completed)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public OrderTabs tabs(long customerNumber) {
        List<Object[]> counts = em.createQuery("""
                        select o.completed, count(o) from CustomerOrder o
                        where o.customer.number = :customer group by o.completed""", Object[].class)
                .setParameter("customer", customerNumber)
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
    public boolean isPickupCodeInUse(String code) {
        return em.createQuery("""
                        select count(o) from CustomerOrder o
                        where o.pickupCode = :code and o.status not in :final""", Long.class)
                .setParameter("code", code)
                .setParameter("final", FINAL)
                .getSingleResult() > 0;
    }
}
