package org.orderdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
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
    public boolean isPickupCodeInUse(String code) {
        return em.createQuery("""
                        select count(o) from CustomerOrder o
                        where o.pickupCode = :code and o.status not in :final""", Long.class)
                .setParameter("code", code)
                .setParameter("final", FINAL)
                .getSingleResult() > 0;
    }
}
