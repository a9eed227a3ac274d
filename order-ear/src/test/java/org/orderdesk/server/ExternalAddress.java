package org.orderdesk.server;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * This machine's first network (non-loopback) IPv4 address: what the network sees of the test server, and the
 * way a test reaches the shop as a client from another address than 127.0.0.1.
 */
public final class ExternalAddress {

    private ExternalAddress() {
    }

    public static Optional<InetAddress> find() {
        try {
            return NetworkInterface.networkInterfaces().filter(ExternalAddress::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    /** The shop's address through the network address, or empty when this machine has none. */
    public static Optional<String> shopUrl() {
        return find().map(address -> "http://" + address.getHostAddress() + ":" + TestSettings.port("it.http.port")
                + "/");
    }

    /**
     * The shop as a stranger reaches it: through the network address, since the login throttle never makes the owner
     * wait at the address of their last login, which for every test client is 127.0.0.1. A machine without a network
     * address cannot be a stranger to itself, so the calling test is skipped there (CI's machines have one).
     */
    public static String strangerShopUrl() {
        String url = shopUrl().orElse(null);
        Assumptions.assumeTrue(url != null, "no network address to be a stranger from");
        return url;
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
