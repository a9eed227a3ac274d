package org.orderdesk.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/** The expired page's way back: a fresh copy of the page whose form had expired. */
@Named
@RequestScoped
public class ExpiredPage {

    /**
     * The page the form was on, as the browser's Referer names it (only a page of this site), else the address the
     * form was posted to. The Referer is preferred because it keeps the page's query (an order's number, a search).
     */
    public String getReloadAddress() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String page = refererPage(request).flatMap(LocalPath::checked).orElseGet(() -> LocalPath.of(request));
        return request.getContextPath() + page;
    }

    private static Optional<String> refererPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI page = URI.create(referer);
            String site = request.getHeader("Host");
            String path = page.getRawPath();
            if (site == null || !site.equalsIgnoreCase(page.getRawAuthority()) || path == null
                    || !path.startsWith(request.getContextPath() + "/")) {
                return Optional.empty();
            }
            String local = path.substring(request.getContextPath().length());
            return Optional.of(page.getRawQuery() == null ? local : local + "?" + page.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
