package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.orderdesk.security.Roles;

/**
 * Who is looking at the page, for the header; and logging out (a POST that ends the session). The shared template
 * asks on every page, several times, so the roles are asked once per request, and of the servlet request:
 * Soteria's SecurityContext.isCallerInRole also makes a JNDI lookup each time, which showed in the load profile.
 */
@Named
@RequestScoped
public class CurrentUser {

    private Boolean operator;
    private Boolean customer;

    public boolean isLoggedIn() {
        return caller() != null;
    }

    public boolean isOperator() {
        if (operator == null) {
            operator = external().isUserInRole(Roles.OPERATOR);
        }
        return operator;
    }

    public boolean isCustomer() {
        if (customer == null) {
            customer = external().isUserInRole(Roles.CUSTOMER);
        }
        return customer;
    }

    public String getEmail() {
        return isLoggedIn() ? caller().getName() : null;
    }

    public String logOut() throws ServletException {
        ExternalContext external = external();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/shop/index?faces-redirect=true";
    }

    private static Principal caller() {
        return external().getUserPrincipal();
    }

    /** The current request's, also on an error page rendered after the failed page's context was released. */
    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
