package org.orderdesk.server;

/**
 * The shop's listeners, set in domain.xml before the first start (DomainXml says why not through asadmin): pages,
 * style sheets, scripts and SVG pictures gzipped for browsers that accept it (the catalog's HTML shrinks about
 * eightfold), and no Server or X-Powered-By header naming Payara's and Java's versions to whoever asks.
 */
final class ShopListener {

    private static final String COMPRESSED_TYPES =
            "text/html,text/css,text/javascript,application/javascript,image/svg+xml";

    private ShopListener() {
    }

    /** @param configPath the configuration whose listener serves the shop: the DAS's or the one instances copy */
    static void configure(DomainXml domain, String configPath) {
        String http = protocol(configPath, "http-listener-1");
        domain.set(http, "compression", "on");
        domain.set(http, "compressable-mime-type", COMPRESSED_TYPES);
        hideServerNames(domain, http);
    }

    /**
     * The HTTPS listener that LoopbackOnly switched off, on again on 127.0.0.1 only and at the given port, with
     * the self-signed certificate ("s1as") every new domain has and the shop listener's header settings: the test
     * domain's, so that Secure cookies, __Host- names and HSTS are tested over real TLS (HttpsIT). The run
     * command's domain and the cluster keep it off.
     */
    static void openHttpsOnLoopback(DomainXml domain, int port) {
        String listener = DomainXml.SERVER_CONFIG
                + "/network-config/network-listeners/network-listener[@name='http-listener-2']";
        domain.set(listener, "address", LoopbackOnly.LOOPBACK);
        domain.set(listener, "port", Integer.toString(port));
        domain.set(listener, "enabled", "true");
        hideServerNames(domain, protocol(DomainXml.SERVER_CONFIG, "http-listener-2"));
    }

    private static void hideServerNames(DomainXml domain, String http) {
        domain.set(http, "xpowered-by", "false");
        domain.set(http, "server-header", "false");
    }

    private static String protocol(String configPath, String name) {
        return configPath + "/network-config/protocols/protocol[@name='" + name + "']/http";
    }
}
