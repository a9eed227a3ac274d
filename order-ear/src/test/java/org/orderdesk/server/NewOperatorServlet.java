package org.orderdesk.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes a new operator for a test running outside the server (NewOperators): one with a second factor whose secret
 * it answers. Part of the EAR with the tests only (Deployments.builtEarWithTests), never of the shop.
 */
@WebServlet(NewOperatorServlet.PATH)
public class NewOperatorServlet extends HttpServlet {

    static final String PATH = "/it/new-operator";

    @Inject
    private ShopFixture shop;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ShopFixture.EnrolledOperator operator;
        try {
            operator = shop.newEnrolledOperator();
        } catch (Exception e) {
            throw new IOException("No new operator", e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(operator.email() + "\n" + operator.secret() + "\n" + operator.usedStep());
    }
}
