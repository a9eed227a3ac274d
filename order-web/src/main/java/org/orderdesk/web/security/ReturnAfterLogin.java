package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.orderdesk.web.platform.LocalPath;

/**
 * The page a login or registration link asks to come back to (its "next" parameter), so that a visitor who logs
 * in or registers from the cart, or from any other page, goes on from there. The links in the header carry the
 * page they are on; the login and registration pages pass on the one they were given. Only a local path of this
 * site is ever followed.
 */
@Named
@RequestScoped
public class ReturnAfterLogin {

    /** Coming back to one of these after logging in would be going round in circles. */
    private static final Set<String> LOGIN_PAGES = Set.of("/shop/login.xhtml", "/shop/register.xhtml",
            "/shop/forgot-password.xhtml", "/shop/reset-password.xhtml", "/shop/verify-email.xhtml");

    @Inject
    private FacesContext faces;

    private String next;

    /** Where a login or registration link on this page asks to come back to; null for nowhere in particular. */
    public String getPath() {
        if (next != null || isLoginPage()) {
            return requested().orElse(null);
        }
        return LocalPath.of((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    /** The page this login or registration was asked to come back to, if it is one of this site's. */
    Optional<String> requested() {
        return LocalPath.checked(next);
    }

    private boolean isLoginPage() {
        UIViewRoot view = faces.getViewRoot();
        return view != null && LOGIN_PAGES.contains(view.getViewId());
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
