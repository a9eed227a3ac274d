package org.orderdesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links into the shop for mails, built from the configurable public base URL. */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "orderdesk.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    public String order(String orderNumber) {
        return publicUrl + "/account/order?number=" + orderNumber;
    }

    public String ticket(long ticketId) {
        return publicUrl + "/account/ticket?id=" + ticketId;
    }

    public String help() {
        return publicUrl + "/shop/help";
    }

    public String page(String pathAndQuery) {
        return publicUrl + pathAndQuery;
    }
}
