package org.orderdesk.web.security;

import java.lang.reflect.Proxy;

/** Servlet API objects for unit tests, answering only the methods a test names (any other call fails it). */
public final class ServletFakes {

    private ServletFakes() {
    }

    public interface Answer {
        Object of(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    public static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.of(method.getName(), args));
    }
}
