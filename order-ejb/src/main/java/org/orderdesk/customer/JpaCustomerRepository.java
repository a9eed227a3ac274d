package org.orderdesk.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.security.domain.Account;

@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public Optional<Customer> findByEmail(String email) {
        return em.createQuery("select c from Customer c join fetch c.account a where a.email = :email",
                        Customer.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    /** Found first, then locked by key: Derby refuses FOR UPDATE on a query that joins tables. */
    @Override
    public Optional<Customer> findByEmailForUpdate(String email) {
        return em.createQuery("select c.number from Customer c where c.account.email = :email", Long.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst()
                .map(number -> em.find(Customer.class, number, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Customer customer) {
        // Two registrations drawing the same free number at the same moment (odds of about one in 90 million)
        // meet the primary key: the second fails and can be tried again.
        while (em.find(Customer.class, customer.number().value()) != null) {
            customer.drawAnotherNumber();
        }
        em.persist(customer);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }
}
