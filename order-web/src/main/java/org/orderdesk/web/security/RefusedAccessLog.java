package org.orderdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.security.LoginService;
import org.orderdesk.web.platform.ClientAddress;

/**
 * Logs every refused access (ASVS 7.2.2): a page the caller's role does not open (web.xml), a service the
 * container refused to the caller (RefusalHandler), a post from another site (RequestGuardFilter). Each ends in
 * the container's 403 error page, so this filter on that error dispatch sees them all. Refused requests are logged
 * the same way (ASVS 14.5.1): a method the shop does not serve (405), a malformed or oversized request (400, 413),
 * which all end in the bad-request page. It logs the status, the account id, the method, the path and the client
 * address; never the query or any parameter, which may carry secrets.
 */
@WebFilter(urlPatterns = {"/error/forbidden.xhtml", "/error/bad-request.xhtml"}, dispatcherTypes = DispatcherType.ERROR)
public class RefusedAccessLog extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusedAccessLog.class.getName());

    @Inject
    private LoginService logins;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The session's caller as well: the container need not name the caller during its error dispatch.
        Optional<String> caller = Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName)
                .or(() -> SignedInCaller.of(request.getSession(false)).map(SignedInCaller::name));
        String who = caller.map(name -> logins.accountId(name).map(id -> "account " + id)
                .orElse("an unknown account")).orElse("anonymous");
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        LOG.warning(() -> "Refused (" + status + "): " + who + ", " + request.getMethod() + " " + path + " from "
                + clientAddress.of(request));
        chain.doFilter(request, response);
    }
}
