package org.orderdesk.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes a new, verified customer for a test running outside the server (NewCustomers), under the name and with the
 * preferred language asked for.
 */
@WebServlet(NewCustomerServlet.PATH)
public class NewCustomerServlet extends FixtureServlet {

    static final String PATH = "/it/new-customer";

    @Inject
    private ShopFixture shop;

    @Override
    String answer(HttpServletRequest request) throws Exception {
        return shop.newCustomer(request.getParameter("name"), request.getParameter("language"));
    }
}
