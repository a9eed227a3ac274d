package org.orderdesk.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Post/Redirect/Get back to the page a form was posted from, as the visitor had it: with its search, category or
 * product in the address. Stateless pages keep no view parameters, so each such form carries the page's address
 * in a hidden field "back" (#{samePage.address}); only a path of this site is ever followed.
 * <p>
 * Application-scoped: it keeps nothing (each call asks the current request), and a request-scoped bean would be
 * made again on every page view, the header's language switch asking for it on each.
 */
@Named
@ApplicationScoped
public class SamePage {

    public static final String FIELD = "back";

    /** The address of this request, relative to the context root. */
    public String getAddress() {
        return LocalPath.of((HttpServletRequest) external().getRequest());
    }

    /** Redirects to the address the form posted back, or to the shop window if it carries none. */
    public void redirectBack() throws IOException {
        redirectBackTo("");
    }

    /**
     * Redirects back and scrolls the page to the element with that id: after adding from the middle of a long
     * list, the shopper sees the card they pressed, not the top of the list.
     */
    public void redirectBackToElement(String id) throws IOException {
        redirectBackTo("#" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    private static void redirectBackTo(String fragment) throws IOException {
        ExternalContext external = external();
        String back = external.getRequestParameterMap().get(FIELD);
        external.redirect(external.getRequestContextPath() + LocalPath.checked(back).orElse("/") + fragment);
    }

    /** The current one, never an injected one: error pages render after the failed page's context is gone. */
    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
