package org.orderdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.customer.CustomerDirectory;
import org.orderdesk.customer.CustomerRow;
import org.orderdesk.platform.Slice;
import org.orderdesk.web.platform.PageNumber;

/**
 * Customers in the console: find by number, e-mail or name, open their orders, unlock an account locked after
 * wrong passwords. View-scoped, so that an Unlock button finds its row again when it is posted.
 */
@Named
@ViewScoped
public class AdminCustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private Clock clock;

    private String query;
    private String page;

    public Slice<CustomerRow> getSlice() {
        return Faces.getContextAttribute(AdminCustomersPage.class.getName(), () -> directory.search(query, PageNumber.of(page)));
    }

    public boolean isLocked(CustomerRow customer) {
        return customer.lockedUntil() != null && clock.instant().isBefore(customer.lockedUntil());
    }

    public String unlock(String email) {
        directory.unlock(email);
        Messages.addFlashGlobalInfo("customers.unlocked", email);
        return "/admin/customers?faces-redirect=true&q=" + email;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
