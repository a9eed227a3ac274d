package org.orderdesk.web.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /admin, /account and /shop without their slash go to the folder's index page. Left to Payara, its mapper
 * answers them before any filter with an absolute Location built from the request's Host header, which the
 * client chose; this one answers with a path.
 */
@WebServlet({"/admin", "/account", "/shop"})
public class FolderRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getRequestURI() + "/" + (query == null ? "" : "?" + query));
    }
}
