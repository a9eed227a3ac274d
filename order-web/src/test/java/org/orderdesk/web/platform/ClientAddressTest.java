package org.orderdesk.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose wrong passwords a login counts: the proxy's client, but only when the proxy is the shop's own. */
class ClientAddressTest {

    private static final Set<String> BALANCER = ClientAddress.addresses(" 10.0.0.5 , 127.0.0.1");

    @Test
    void withoutAProxyTheConnectionsPeerIsTheClient() {
        assertEquals("198.51.100.7", ClientAddress.of(request("198.51.100.7", null), BALANCER));
    }

    @Test
    void aForgedHeaderFromAnyoneButTheShopsProxyIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.of(request("198.51.100.7", "192.0.2.1"), BALANCER));
        assertEquals("10.0.0.5", ClientAddress.of(request("10.0.0.5", "192.0.2.1"), Set.of()), "none trusted");
    }

    @Test
    void behindTheShopsProxyTheAddressItAddedCounts() {
        assertEquals("198.51.100.7", ClientAddress.of(request("10.0.0.5", "198.51.100.7"), BALANCER));
        // What the client wrote into the header itself comes first; the proxy appends what it saw.
        assertEquals("198.51.100.7",
                ClientAddress.of(request("127.0.0.1", "192.0.2.1, 203.0.113.9 ,198.51.100.7"), BALANCER));
        assertEquals("10.0.0.5", ClientAddress.of(request("10.0.0.5", " "), BALANCER), "an empty header");
    }

    @Test
    void noSettingTrustsNoProxy() {
        assertEquals(Set.of(), ClientAddress.addresses(""));
    }

    private static HttpServletRequest request(String peer, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> ClientAddress.FORWARDED_FOR.equals(args[0]) ? forwardedFor : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
