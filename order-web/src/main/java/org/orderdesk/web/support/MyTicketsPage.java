package org.orderdesk.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.orderdesk.platform.Slice;
import org.orderdesk.support.CustomerSupport;
import org.orderdesk.support.TicketRow;
import org.orderdesk.web.platform.PageNumber;

/** My tickets: the customer's conversations with support, latest first, with unread answers marked. */
@Named
@RequestScoped
public class MyTicketsPage {

    @Inject
    private CustomerSupport support;

    private String page;
    private Slice<TicketRow> slice;

    public void load() {
        slice = support.list(PageNumber.of(page));
    }

    public Slice<TicketRow> getSlice() {
        return slice;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
