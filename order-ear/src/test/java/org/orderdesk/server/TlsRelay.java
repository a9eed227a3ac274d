package org.orderdesk.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * An SMTP relay that wants a client certificate, as a mail relay that accepts the shop by its certificate instead
 * of a password does: it takes SMTP over TLS (SMTPS) from clients whose certificate its context trusts, refuses
 * the handshake of any other, and passes the mail on to the tests' GreenMail in plain text.
 */
public final class TlsRelay implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final SSLServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();

    private TlsRelay(SSLServerSocket listener, int target) {
        this.listener = listener;
        this.target = target;
    }

    /** Listens on a free port of 127.0.0.1 and relays to GreenMail's SMTP port. */
    public static TlsRelay start(SSLContext context, int targetPort) throws IOException {
        SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 10, LOOPBACK);
        listener.setNeedClientAuth(true);
        TlsRelay relay = new TlsRelay(listener, targetPort);
        Thread accepting = new Thread(relay::accept, "tls-relay-accept");
        accepting.setDaemon(true);
        accepting.start();
        return relay;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Handshakes refused so far (no certificate, or one the relay does not trust). */
    public int refused() {
        return refused.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                SSLSocket client = (SSLSocket) listener.accept();
                open.add(client);
                SocketPump.daemon(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(SSLSocket client) {
        try {
            client.startHandshake();
            Socket server = new Socket(LOOPBACK, target);
            open.add(server);
            SocketPump.start(client, server, InputStream::transferTo, open);
            SocketPump.start(server, client, InputStream::transferTo, open);
        } catch (SSLException refusedClient) {
            refused.incrementAndGet();
            SocketPump.close(client, open);
        } catch (IOException cut) {
            SocketPump.close(client, open);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(socket -> SocketPump.close(socket, open));
    }
}
