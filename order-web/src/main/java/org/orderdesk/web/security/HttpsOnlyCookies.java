package org.orderdesk.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * On an install served only over HTTPS ({@value #SETTING} = true), the session cookie is {@value #SESSION_COOKIE}:
 * the browser then takes it only with Secure, for the whole host (Path=/) and without a Domain, so no other host of
 * the domain, nor a page over plain HTTP, can set or overwrite it (ASVS 3.4.4). The container names the session
 * cookie once for the application, not per request, so this is a setting of the install: with it on, a visitor
 * over plain HTTP could not keep a session at all, which is why it is off by default (the run command serves
 * plain HTTP on localhost). The language cookie follows the scheme of each request itself (LanguageSelection).
 */
@WebListener
public class HttpsOnlyCookies implements ServletContextListener {

    static final String SETTING = "orderdesk.https-only";
    static final String SESSION_COOKIE = "__Host-JSESSIONID";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean httpsOnly = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
        configure(event.getServletContext().getSessionCookieConfig(), httpsOnly);
    }

    static void configure(SessionCookieConfig sessionCookie, boolean httpsOnly) {
        if (httpsOnly) {
            sessionCookie.setName(SESSION_COOKIE);
            sessionCookie.setSecure(true);
            sessionCookie.setPath("/");
            sessionCookie.setDomain(null);
        }
    }
}
