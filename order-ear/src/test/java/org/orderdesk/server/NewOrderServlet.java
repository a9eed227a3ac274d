package org.orderdesk.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.domain.PaymentMethod;

/**
 * Places an order for a test running outside the server (NewCustomers.placeOrder), logged in as the customer (a
 * fixture's, with ShopFixture.PASSWORD) for this request only: the login ends with it, so that the customer's
 * pages list no session of it.
 */
@WebServlet(NewOrderServlet.PATH)
public class NewOrderServlet extends FixtureServlet {

    static final String PATH = "/it/new-order";

    @Inject
    private Callers callers;

    @Inject
    private CheckoutService checkout;

    @Override
    String answer(HttpServletRequest request) throws Exception {
        callers.logIn(request.getParameter("email"));
        try {
            PaymentMethod payment = PaymentMethod.valueOf(request.getParameter("payment"));
            return checkout.placeOrder(ShopFixture.pickupOrder(request.getParameter("sku"), 1, payment)).value();
        } finally {
            callers.logOut();
        }
    }
}
