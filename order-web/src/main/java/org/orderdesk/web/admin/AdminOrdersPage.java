package org.orderdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.orderdesk.order.OrderCriteria;
import org.orderdesk.order.OrderListing;
import org.orderdesk.order.OrderSearch;
import org.orderdesk.order.OrderSearchResult;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.platform.Slice;
import org.orderdesk.web.i18n.Formats;
import org.orderdesk.web.platform.PageNumber;

/**
 * The console's order list: search by number, pickup code, customer number, e-mail or name, filter by status and
 * dates, a page at a time. An exact order number or pickup code opens that order at once. All parameters come in
 * the URL, so a filtered list can be bookmarked and linked from the dashboard.
 */
@Named
@RequestScoped
public class AdminOrdersPage {

    @Inject
    private OrderSearch search;

    @Inject
    private Formats formats;

    private String query;
    private String status;
    private String from;
    private String to;
    private String storageEnds;
    private String page;
    private boolean badFrom;
    private boolean badTo;
    private Slice<OrderListing> slice;
    private Instant codesPausedUntil;

    public void load() throws IOException {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        badFrom = fromDate == null && isGiven(from);
        badTo = toDate == null && isGiven(to);
        OrderCriteria criteria = new OrderCriteria(query, statusFilter(), fromDate, toDate, date(storageEnds),
                ZoneId.of(formats.getZoneId()));
        OrderSearchResult result = search.find(criteria, PageNumber.of(page));
        if (result.exactNumber() != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/order?number=" + result.exactNumber());
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        slice = result.slice();
        codesPausedUntil = result.codesPausedUntil();
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }

    /** A date the browser's date field sends (yyyy-mm-dd); anything else is reported next to the field. */
    private static LocalDate date(String text) {
        if (!isGiven(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private OrderStatus statusFilter() {
        if (!isGiven(status)) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public Slice<OrderListing> getSlice() {
        return slice;
    }

    /** Set when the operator tried too many pickup codes in vain: the search looks up none until then. */
    public Instant getCodesPausedUntil() {
        return codesPausedUntil;
    }

    public boolean isBadFrom() {
        return badFrom;
    }

    public boolean isBadTo() {
        return badTo;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getStorageEnds() {
        return storageEnds;
    }

    public void setStorageEnds(String storageEnds) {
        this.storageEnds = storageEnds;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
