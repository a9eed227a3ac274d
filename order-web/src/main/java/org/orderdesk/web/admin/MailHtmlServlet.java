package org.orderdesk.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.orderdesk.mail.MailLog;
import org.orderdesk.mail.MailLogEntry;
import org.orderdesk.platform.CodeImages;

/**
 * /admin/mail-html/ID: the HTML part of an outbox mail as the customer's mail client shows it, for operators
 * (under /admin, so for the operator role only). Mails carry inline styles, so this one response gets a policy
 * of its own: styles allowed, everything active forbidden, sandboxed. The inline QR code (cid:pickup-qr) is drawn
 * in place as a data: image.
 */
@WebServlet("/admin/mail-html/*")
public class MailHtmlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String MAIL_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox";

    @Inject
    private transient MailLog log;

    @Inject
    private transient CodeImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = String.valueOf(request.getPathInfo()).replace("/", "");
        Optional<MailLogEntry> mail = id.matches("\\d{1,18}") ? log.mail(Long.valueOf(id)) : Optional.empty();
        if (mail.isEmpty() || mail.get().htmlBody() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String html = mail.get().htmlBody();
        if (mail.get().inlineQrCode() != null) {
            html = html.replace("cid:pickup-qr", "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(images.qrCode(mail.get().inlineQrCode())));
        }
        response.setHeader("Content-Security-Policy", MAIL_POLICY);
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
