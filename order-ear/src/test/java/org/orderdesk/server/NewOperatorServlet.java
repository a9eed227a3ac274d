package org.orderdesk.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/** Makes a new operator for a test running outside the server (NewOperators): one with a second factor whose secret it answers. */
@WebServlet(NewOperatorServlet.PATH)
public class NewOperatorServlet extends FixtureServlet {

    static final String PATH = "/it/new-operator";

    @Inject
    private ShopFixture shop;

    @Override
    String answer(HttpServletRequest request) throws Exception {
        ShopFixture.EnrolledOperator operator = shop.newEnrolledOperator();
        return operator.email() + "\n" + operator.secret() + "\n" + operator.usedStep();
    }
}
