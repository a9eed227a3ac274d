package org.orderdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.customer.CustomerService;

/** The operator console's first page: what the shop holds right now. */
@Named
@RequestScoped
public class ConsoleHome {

    @Inject
    private CatalogService catalog;

    @Inject
    private CustomerService customers;

    public long getProductCount() {
        return catalog.productCount();
    }

    public long getCustomerCount() {
        return customers.count();
    }
}
