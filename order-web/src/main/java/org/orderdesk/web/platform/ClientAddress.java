package org.orderdesk.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request came from, which logins are throttled and logged by. Behind the shop's own
 * balancer or proxy every connection comes from the proxy, so one stranger's wrong passwords would make every login
 * wait; the proxies named in orderdesk.trusted-proxies add the client's address to X-Forwarded-For, and for a
 * request from one of them that address counts: the last one in the header, the one the proxy itself added.
 * From anyone else the header is ignored, so no client can choose the address its failures count against.
 * (Jakarta Security runs before servlet filters, so a request wrapper could not do this for the login.)
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    @ConfigProperty(name = "orderdesk.trusted-proxies")
    private Optional<String> trustedProxies;

    private Set<String> trusted;

    @PostConstruct
    void readSetting() {
        trusted = addresses(trustedProxies.orElse(""));
    }

    public String of(HttpServletRequest request) {
        return of(request, trusted);
    }

    static String of(HttpServletRequest request, Set<String> trusted) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader(FORWARDED_FOR);
        if (forwarded == null || !trusted.contains(peer)) {
            return peer;
        }
        String added = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return added.isEmpty() ? peer : added;
    }

    static Set<String> addresses(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
