package org.orderdesk.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.web.order.ShoppingCart;
import org.orderdesk.web.security.ReturnAfterLogin;

/**
 * What every page's header shows about the visitor (page.xhtml, user-menu.xhtml): their roles, the cart's item
 * count, and where the login and registration links come back to. Each is worked out once per request, on first
 * use: the header asks for them on every page, and several of them more than once.
 */
@Named
@RequestScoped
public class SiteHeader {

    @Inject
    private ShoppingCart cart;

    @Inject
    private ReturnAfterLogin returnAfterLogin;

    private Boolean loggedIn;
    private Boolean operator;
    private Boolean customer;
    private Integer cartCount;
    private String returnQuery;

    public boolean isLoggedIn() {
        if (loggedIn == null) {
            loggedIn = external().getUserPrincipal() != null;
        }
        return loggedIn;
    }

    /**
     * Asked of the servlet request: Soteria's SecurityContext.isCallerInRole also makes a JNDI lookup each time,
     * which showed in the load profile.
     */
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

    /** My orders and the cart are for everyone but operators, who buy nothing. */
    public boolean isShopper() {
        return !isOperator();
    }

    /**
     * A visitor without a session has an empty cart: asking the session-scoped cart would create a session for
     * every anonymous page view, which any crawler could use to fill the heap.
     */
    public int getCartCount() {
        if (cartCount == null) {
            cartCount = external().getSession(false) == null ? 0 : cart.getItemCount();
        }
        return cartCount;
    }

    /** The query of the login and registration links ("?next=" and this page), or none. */
    public String getReturnQuery() {
        if (returnQuery == null) {
            String path = returnAfterLogin.getPath();
            returnQuery = path == null ? "" : "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
        return returnQuery;
    }

    /**
     * The current request's, never an injected one: an error page is rendered in the same request as the page that
     * failed, after that page's context has been released.
     */
    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
