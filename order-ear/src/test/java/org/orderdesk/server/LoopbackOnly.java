package org.orderdesk.server;

import java.util.List;
import java.util.Optional;


/**
 * Closes what a fresh Payara domain opens beyond the shop, in its domain.xml before the first start (so no
 * restart is needed): the admin listener and Hazelcast's DAS port listen on 127.0.0.1 only; the HTTPS listener,
 * JMX (8686, no credentials by default), the three IIOP listeners (3700, 3820, 3920) and the JMS broker (7676)
 * are switched off, since the application uses none of them (local EJBs, no JMS, no remote clients). Checked by
 * ServerExposureIT against the test domain, which is made the same way.
 */
final class LoopbackOnly {

    static final String LOOPBACK = "127.0.0.1";

    private LoopbackOnly() {
    }

    /** @param shopAddress the shop listener's address, or empty to leave it on every interface */
    static void apply(DomainXml domain, Optional<String> shopAddress) {
        close(domain, DomainXml.SERVER_CONFIG, shopAddress);
        domain.set("/domain/hazelcast-runtime-configuration", "das-bind-address", LOOPBACK);
    }

    /**
     * The same for the instances of a local cluster, which copy default-config, and the whole data grid on
     * loopback with an explicit port for the DAS's member: left to choose, the instances bound Hazelcast to the
     * machine's address, never found the DAS on 127.0.0.1 and each formed a grid of one (no session survived an
     * instance); left at its default (4900) whatever the port base, two clusters on one machine would join.
     */
    static void applyToInstances(DomainXml domain, String shopAddress, int dasDataGridPort) {
        close(domain, DomainXml.DEFAULT_CONFIG, Optional.of(shopAddress));
        String grid = "/domain/hazelcast-runtime-configuration";
        domain.set(grid, "das-port", Integer.toString(dasDataGridPort));
        domain.set(grid, "start-port", Integer.toString(dasDataGridPort + 1));
        domain.set(grid, "das-public-address", LOOPBACK);
        domain.set(grid, "interface", LOOPBACK);
    }

    private static void close(DomainXml domain, String configPath, Optional<String> shopAddress) {
        String listeners = configPath + "/network-config/network-listeners/network-listener";
        domain.set(listeners + "[@name='admin-listener']", "address", LOOPBACK);
        shopAddress.ifPresent(address -> domain.set(listeners + "[@name='http-listener-1']", "address", address));
        domain.set(listeners + "[@name='http-listener-2']", "enabled", "false");
        // Off, and on loopback should a later Payara ignore "enabled" for them.
        for (String path : List.of(configPath + "/admin-service/jmx-connector",
                configPath + "/iiop-service/iiop-listener")) {
            domain.set(path, "enabled", "false");
            domain.set(path, "address", LOOPBACK);
        }
        // A fresh domain's server-config has no jms-service yet (Payara adds the embedded broker's on first
        // start): it gets a copy of default-config's, switched off.
        domain.copyFromDefaultIfMissing(configPath, "jms-service");
        domain.set(configPath + "/jms-service", "type", "DISABLED");
    }
}
