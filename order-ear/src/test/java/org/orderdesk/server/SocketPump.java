package org.orderdesk.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Set;

/**
 * One direction of a TCP relay (SmtpSwitch, TlsRelay): a daemon thread copies one socket's input to the other's
 * output until either side closes, then closes both, so that the other direction ends too.
 */
final class SocketPump {

    /** How the bytes go across: as they are, or read and changed on the way. */
    interface Copy {
        void copy(InputStream in, OutputStream out) throws IOException;
    }

    private SocketPump() {
    }

    /** @param open the relay's open sockets, which a closed one leaves */
    static void start(Socket from, Socket to, Copy copy, Set<Socket> open) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                copy.copy(in, out);
            } catch (IOException cut) {
                // one side closed
            } finally {
                close(from, open);
                close(to, open);
            }
        });
    }

    static void daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
    }

    static void close(Socket socket, Set<Socket> open) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing left to close
        }
    }
}
