package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who is logged in, by e-mail; and logging out (a POST that ends the session). What the header shows about the
 * visitor is SiteHeader's.
 */
@Named
@RequestScoped
public class CurrentUser {

    public String getEmail() {
        Principal caller = external().getUserPrincipal();
        return caller == null ? null : caller.getName();
    }

    public String logOut() throws ServletException {
        ExternalContext external = external();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/shop/index?faces-redirect=true";
    }

    /** The current request's, also on an error page rendered after the failed page's context was released. */
    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
