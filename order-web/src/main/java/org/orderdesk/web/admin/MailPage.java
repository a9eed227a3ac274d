package org.orderdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.mail.MailLog;
import org.orderdesk.mail.MailLogEntry;

/** One outbox mail: where it went, how the tries went, its text, a link to its HTML, and re-sending it. */
@Named
@ViewScoped
public class MailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailLog log;

    private Long id;

    public void load() {
        if (getMail() == null) {
            Faces.responseSendError(404, "");
        }
    }

    public MailLogEntry getMail() {
        return id == null ? null : Faces.getContextAttribute(MailPage.class.getName(), () -> log.mail(id).orElse(null));
    }

    public String resend() {
        Long copy = log.resend(id);
        Messages.addFlashGlobalInfo("mailLog.resent", id, copy);
        return "/admin/mail-view?faces-redirect=true&id=" + copy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
