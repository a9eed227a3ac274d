package org.orderdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.orderdesk.platform.Slice;
import org.orderdesk.support.SupportDesk;
import org.orderdesk.support.TicketRow;
import org.orderdesk.support.domain.TicketStatus;
import org.orderdesk.web.platform.PageNumber;

/**
 * The support queue: tickets waiting for an operator, the longest-waiting first, a page at a time; the filter
 * shows the tickets of another status, or all of them. Parameters come in the URL, so every list has one.
 */
@Named
@RequestScoped
public class AdminTicketsPage {

    /** The filter value that lists tickets of every status. */
    public static final String ALL = "ALL";

    @Inject
    private SupportDesk desk;

    private String status;
    private String page;
    private Slice<TicketRow> slice;

    public void load() {
        int number = PageNumber.of(page);
        slice = ALL.equals(status) ? desk.all(null, number) : desk.all(statusFilter(), number);
    }

    /** The queue unless another status is asked for (an unknown one, from an edited link, means the queue). */
    private TicketStatus statusFilter() {
        try {
            return status == null ? TicketStatus.WAITING_FOR_OPERATOR : TicketStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return TicketStatus.WAITING_FOR_OPERATOR;
        }
    }

    public boolean isQueue() {
        return TicketStatus.WAITING_FOR_OPERATOR.name().equals(getSelected());
    }

    /** What the filter shows as chosen: ALL or the status listed. */
    public String getSelected() {
        return ALL.equals(status) ? ALL : statusFilter().name();
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public String getAll() {
        return ALL;
    }

    public Slice<TicketRow> getSlice() {
        return slice;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
