package org.orderdesk.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet of the EAR with the tests only (Deployments.builtEarWithTests), never of the shop, through which a test
 * running outside the server sets its data up (FixtureServlets): it does what a POST asks and answers in plain text.
 */
abstract class FixtureServlet extends HttpServlet {

    /** Does what the request asks; the answer's lines. */
    abstract String answer(HttpServletRequest request) throws Exception;

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = answer(request);
        } catch (Exception e) {
            throw new IOException("Not done: " + request.getServletPath(), e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
