package org.orderdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.orderdesk.mail.MailLog;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.web.platform.FacesMessages;
import org.orderdesk.web.platform.NotFound;
import org.orderdesk.web.platform.PerRequest;

/** One outbox mail: where it went, how the tries went, its text, a link to its HTML, and re-sending it. */
@Named
@ViewScoped
public class MailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailLog log;

    private Long id;

    public void load() throws IOException {
        if (getMail() == null) {
            NotFound.send();
        }
    }

    public OutboxMail getMail() {
        return id == null ? null : PerRequest.get(MailPage.class, () -> log.mail(id).orElse(null));
    }

    public String resend() {
        Long copy = log.resend(id);
        FacesMessages.infoAfterRedirect("mailLog.resent", id, copy);
        return "/admin/mail-view?faces-redirect=true&id=" + copy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
