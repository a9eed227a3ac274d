package org.orderdesk.server;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test server's way to the SMTP server, with a switch: a TCP relay from the port the application sends to
 * (it.smtp.switch.port) to GreenMail, that tests turn off to play "the mail server is down" (connections are
 * refused and open ones cut) and on again. It runs as its own process for the whole build (main), controlled
 * over HTTP on it.smtp.control.port (down() and up(), from the test JVM or from inside the server). It also plays
 * a server that refuses some mailboxes (see REFUSED) and one that is slow to answer for some (see HELD).
 */
public final class SmtpSwitch {

    /**
     * Recipients whose local part starts with this are refused, as a real server refuses an unknown mailbox:
     * GreenMail accepts every address, so the relay spoils their RCPT command, which GreenMail answers with 501.
     */
    public static final String REFUSED = "refused-";

    /**
     * Recipients whose local part starts with this have their RCPT command held back until release(recipient):
     * the application waits for the server's answer, so a test can look at the outbox while that mail is in flight.
     * A mail never released goes on after HOLD_AT_MOST (beyond the application's 10 s read timeout).
     */
    public static final String HELD = "held-";

    private static final InetAddress LOCALHOST = InetAddress.getLoopbackAddress();
    private static final String REFUSED_RCPT = "RCPT TO:<" + REFUSED;
    private static final String HELD_RCPT = "RCPT TO:<" + HELD;
    private static final long HOLD_AT_MOST = 30_000;
    /** The held recipients released so far; its monitor is what held commands wait on. */
    private static final Set<String> RELEASED = new HashSet<>();

    private final int listenPort;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    private SmtpSwitch(int listenPort, int targetPort) {
        this.listenPort = listenPort;
        this.targetPort = targetPort;
    }

    /** Arguments: the port to listen on, GreenMail's SMTP port, the control port. */
    public static void main(String[] args) throws IOException {
        SmtpSwitch relay = new SmtpSwitch(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        relay.switchOn();
        HttpServer control = HttpServer.create(new InetSocketAddress(LOCALHOST, Integer.parseInt(args[2])), 0);
        control.createContext("/up", exchange -> {
            relay.switchOn();
            exchange.sendResponseHeaders(204, -1);
        });
        control.createContext("/down", exchange -> {
            relay.switchOff();
            exchange.sendResponseHeaders(204, -1);
        });
        control.createContext("/release", exchange -> {
            synchronized (RELEASED) {
                RELEASED.add(exchange.getRequestURI().getQuery());
                RELEASED.notifyAll();
            }
            exchange.sendResponseHeaders(204, -1);
        });
        control.start();
    }

    private synchronized void switchOn() throws IOException {
        if (listener != null) {
            return;
        }
        listener = new ServerSocket(listenPort, 50, LOCALHOST);
        ServerSocket accepting = listener;
        SocketPump.daemon(() -> accept(accepting));
    }

    private synchronized void switchOff() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
    }

    private void accept(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            try {
                Socket client = accepting.accept();
                Socket server = new Socket(LOCALHOST, targetPort);
                open.add(client);
                open.add(server);
                SocketPump.start(client, server, SmtpSwitch::copyPlayingTheServer, open);
                SocketPump.start(server, client, InputStream::transferTo, open);
            } catch (IOException closedOrRefused) {
                // the switch was turned off, or GreenMail refused: the client sees its connection fail
            }
        }
    }

    /**
     * The client's side line by line (commands end with CRLF, and so does each line of a mail), passed on when the
     * client has nothing more on its way: a write per line sent a mail's body as hundreds of small TCP segments,
     * and the relay, not the application, set the tests' mail rate (about 20 mails/s, against 260 without it).
     */
    private static void copyPlayingTheServer(InputStream in, OutputStream out) throws IOException {
        BufferedInputStream input = new BufferedInputStream(in);
        BufferedOutputStream output = new BufferedOutputStream(out, 64 * 1024);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = input.read(); b != -1; b = input.read()) {
            line.write(b);
            if (b == '\n') {
                holdIfHeld(line.toString(StandardCharsets.ISO_8859_1));
                output.write(refusing(line.toString(StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
                line.reset();
                if (input.available() == 0) {
                    output.flush();
                }
            }
        }
        line.writeTo(output);
        output.flush();
    }

    private static String refusing(String line) {
        return line.regionMatches(true, 0, REFUSED_RCPT, 0, REFUSED_RCPT.length()) ? "RCPT TO:refused\r\n" : line;
    }

    private static void holdIfHeld(String line) throws IOException {
        if (!line.regionMatches(true, 0, HELD_RCPT, 0, HELD_RCPT.length())) {
            return;
        }
        String recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
        long until = System.currentTimeMillis() + HOLD_AT_MOST;
        synchronized (RELEASED) {
            for (long left = HOLD_AT_MOST; !RELEASED.contains(recipient) && left > 0;
                    left = until - System.currentTimeMillis()) {
                try {
                    RELEASED.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("held RCPT interrupted");
                }
            }
        }
    }

    /** The mail server is down from now on, as the application sees it. */
    public static void down() {
        call("down");
    }

    /** The mail server answers again. */
    public static void up() {
        call("up");
    }

    /** The relay passes on the held recipient's RCPT command (see HELD). */
    public static void release(String recipient) {
        call("release?" + recipient);
    }

    private static void call(String action) {
        URI uri = URI.create("http://127.0.0.1:" + TestSettings.port("it.smtp.control.port") + "/" + action);
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("SMTP switch answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
