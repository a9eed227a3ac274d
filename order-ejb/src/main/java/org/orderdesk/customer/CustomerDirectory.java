package org.orderdesk.customer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.orderdesk.platform.LikePattern;
import org.orderdesk.platform.ReadModel;
import org.orderdesk.platform.Slice;
import org.orderdesk.security.AccountRepository;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Roles;

/**
 * Customers as operators find them: by customer number, e-mail or name, with how many orders they placed and
 * whether their account is locked after wrong passwords; an operator can lift the lock.
 */
@Stateless
@ReadModel
@RolesAllowed(Roles.OPERATOR)
public class CustomerDirectory {

    public static final int PAGE_SIZE = 25;

    private static final Logger LOG = Logger.getLogger(CustomerDirectory.class.getName());

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Resource
    private SessionContext session;

    public Slice<CustomerRow> search(String text, @Min(1) int page) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String where;
        if (typed.isEmpty()) {
            where = "";
        } else if (typed.matches("\\d{8}")) {
            where = " where c.number = :number";
        } else {
            where = " where a.email like :text" + LikePattern.ESCAPE + " or lower(a.displayName) like :text"
                    + LikePattern.ESCAPE;
        }
        var count = em.createQuery("select count(c) from Customer c join c.account a" + where, Long.class);
        var rows = em.createQuery("""
                select new org.orderdesk.customer.CustomerRow(c.number, a.displayName, a.email, c.phone,
                    a.lockedUntil, (select count(o) from CustomerOrder o where o.customer = c))
                from Customer c join c.account a""" + where + " order by c.number desc", CustomerRow.class);
        if (typed.matches("\\d{8}")) {
            count.setParameter("number", Long.parseLong(typed));
            rows.setParameter("number", Long.parseLong(typed));
        } else if (!typed.isEmpty()) {
            count.setParameter("text", LikePattern.containing(typed));
            rows.setParameter("text", LikePattern.containing(typed));
        }
        List<CustomerRow> items = rows.setFirstResult(Slice.firstRow(page, PAGE_SIZE)).setMaxResults(PAGE_SIZE)
                .getResultList();
        return new Slice<>(items, count.getSingleResult(), page, PAGE_SIZE);
    }

    public void unlock(@NotBlank String email) {
        Account account = accounts.findByEmail(email).orElseThrow();
        account.unlock();
        String operator = session.getCallerPrincipal().getName();
        LOG.info(() -> operator + " unlocked the account of customer " + email);
    }
}
