package org.orderdesk.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps each request's response at hand for Callers: a programmatic login (SecurityContext.authenticate) takes
 * the response along with the request, and the Arquillian runner that runs a test in a request hands it to no one.
 * Exists only in test deployments.
 */
@WebFilter("/*")
public class ResponseKeeper implements Filter {

    private static final String ATTRIBUTE = ResponseKeeper.class.getName();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, response);
        chain.doFilter(request, response);
    }

    static HttpServletResponse responseTo(ServletRequest request) {
        return (HttpServletResponse) request.getAttribute(ATTRIBUTE);
    }
}
