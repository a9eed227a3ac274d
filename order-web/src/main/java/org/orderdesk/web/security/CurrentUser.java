package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is looking at the page, for the header; and logging out (a POST that ends the session). The roles are
 * asked once per request: the shared template asks on every page, several times.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private ExternalContext external;

    private Boolean operator;
    private Boolean customer;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isOperator() {
        if (operator == null) {
            operator = security.isCallerInRole(Roles.OPERATOR);
        }
        return operator;
    }

    public boolean isCustomer() {
        if (customer == null) {
            customer = security.isCallerInRole(Roles.CUSTOMER);
        }
        return customer;
    }

    public String getEmail() {
        return isLoggedIn() ? security.getCallerPrincipal().getName() : null;
    }

    public String logOut() throws ServletException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/shop/index?faces-redirect=true";
    }
}
