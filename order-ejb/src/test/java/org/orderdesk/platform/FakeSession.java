package org.orderdesk.platform;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.security.Principal;

/**
 * The caller a bean sees through its SessionContext, for unit tests: the one thing the services ask it. Whoever
 * calls can change, so a test can act as another customer or operator against the same service.
 */
public final class FakeSession {

    private String caller;

    private FakeSession(String caller) {
        this.caller = caller;
    }

    public static FakeSession of(String caller) {
        return new FakeSession(caller);
    }

    public void actAs(String newCaller) {
        caller = newCaller;
    }

    public SessionContext context() {
        return (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        Principal principal = () -> caller;
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName() + " is not faked");
                });
    }
}
