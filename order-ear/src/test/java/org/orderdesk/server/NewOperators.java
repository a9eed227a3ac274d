package org.orderdesk.server;

import java.util.Map;

/**
 * A new operator for each test that works in the console from outside the server, made by NewOperatorServlet.
 * The server takes each operator's one-time code of a 30-second step once, so tests that all logged in as the
 * seeded operator waited for fresh steps: about two minutes of every build. The test classes that call this
 * deploy the EAR with the tests.
 */
public final class NewOperators {

    /** Every new operator's password. */
    public static final String PASSWORD = ShopFixture.PASSWORD;

    private NewOperators() {
    }

    /** Its e-mail; OperatorCodes makes its codes. */
    public static String make() {
        String[] operator = FixtureServlets.post(NewOperatorServlet.PATH, Map.of());
        OperatorCodes.enrolled(operator[0], operator[1], Long.parseLong(operator[2]));
        return operator[0];
    }
}
