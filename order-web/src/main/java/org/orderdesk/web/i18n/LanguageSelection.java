package org.orderdesk.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;

/**
 * The language of this visitor. First visit: the browser's preference (Accept-Language matched against the
 * supported locales of faces-config, Russian when nothing matches). A choice made with the switch, or the
 * customer's preferred language at login, is kept in a cookie, so it survives the session and the next visit
 * (over HTTPS named with the __Host- prefix).
 * Request-scoped and read from the cookie: knowing the language must not cost an anonymous visitor a session.
 */
@Named("language")
@RequestScoped
public class LanguageSelection {
    static final String COOKIE = "orderdesk-lang";
    private static final Set<String> SUPPORTED = Set.of("ru", "en");
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = initialLocale(FacesContext.getCurrentInstance());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Switches to the language and remembers it, e.g. a customer's preferred language at login. */
    public void apply(String language) {
        if (!isSupported(language)) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        locale = Locale.forLanguageTag(language);
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        ((HttpServletResponse) external.getResponse()).addCookie(cookie(language, external.isSecure()));
    }

    /** Null too (a post without the parameter), which Set.of would answer with an exception. */
    static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /**
     * The cookie that remembers the language for a year. Over HTTPS a __Host- cookie: Secure, for the whole host,
     * no Domain, so no other host can plant one.
     */
    static Cookie cookie(String language, boolean secureRequest) {
        Cookie cookie = new Cookie(cookieName(secureRequest), language);
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secureRequest);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /**
     * Over HTTPS the language cookie is a __Host- cookie (Secure, whole host, no Domain), so no other host of the
     * domain can plant one; over plain HTTP the browser would refuse that name (see HttpsOnlyCookies).
     */
    static String cookieName(boolean secureRequest) {
        return secureRequest ? "__Host-" + COOKIE : COOKIE;
    }

    private static Locale initialLocale(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        Object remembered = external.getRequestCookieMap().get(cookieName(external.isSecure()));
        if (remembered instanceof Cookie cookie && isSupported(cookie.getValue())) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        if (external.getRequestHeaderMap().get("Accept-Language") == null) {
            // Without the header the servlet container reports its own JVM's locale, not the visitor's.
            return faces.getApplication().getDefaultLocale();
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }
}
