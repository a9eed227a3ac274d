package org.orderdesk.web.order;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderView;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.platform.CodeImages;
import org.orderdesk.security.domain.Roles;

/**
 * /pickup-codes/qr/NNNNNNNN-NNNN.png and /pickup-codes/barcode/NNNNNNNN-NNNN.png: the pickup code of one of the
 * caller's own orders as a picture, while the code can still hand the order over: a completed order's code is
 * served no more, like another customer's. Never cached: the code is what hands the order over.
 */
@WebServlet("/pickup-codes/*")
public class PickupCodeImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(qr|barcode)/(\\d{8}-\\d{4})\\.png");

    @Inject
    private transient OrderQueries orders;

    @Inject
    private transient CodeImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        Optional<OrderView> order = !request.isUserInRole(Roles.CUSTOMER) || !path.matches() ? Optional.empty()
                : orders.ownedBy(new OrderNumber(path.group(2))).filter(OrderView::pickupCodeValid);
        if (order.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = order.get().pickupCode().value();
        byte[] png = "qr".equals(path.group(1)) ? images.qrCode(code) : images.barcode(code);
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(png);
    }
}
