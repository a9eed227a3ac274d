package org.orderdesk.web.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.orderdesk.order.MyOrders;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderSummary;
import org.orderdesk.order.OrderTabs;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.platform.Slice;
import org.orderdesk.web.platform.PageNumber;

/**
 * My orders: the Active and Completed tabs with their counts, one page of the chosen tab, and a search box that
 * opens an order by its number. Everything comes from the database a page at a time.
 */
@Named
@RequestScoped
public class MyOrdersPage {

    private static final String COMPLETED = "completed";

    @Inject
    private OrderQueries orders;

    private String tab;
    private String page;
    private String query;
    private boolean notFound;
    private OrderTabs tabs;
    private Slice<OrderSummary> slice;

    public void load() throws IOException {
        if (query != null && !query.isBlank()) {
            Optional<OrderNumber> found = orders.findNumber(query);
            if (found.isPresent()) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/account/order?number=" + found.get());
                faces.responseComplete();
                return;
            }
            notFound = true;
        }
        MyOrders shown = orders.myOrders(isCompleted(), PageNumber.of(page));
        tabs = shown.tabs();
        slice = shown.page();
    }

    /** Whether the search found none of the customer's orders. */
    public boolean isNotFound() {
        return notFound;
    }

    public boolean isCompleted() {
        return COMPLETED.equals(tab);
    }

    public OrderTabs getTabs() {
        return tabs;
    }

    public Slice<OrderSummary> getSlice() {
        return slice;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
