package org.orderdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.orderdesk.mail.MailLog;
import org.orderdesk.mail.MailLogRow;
import org.orderdesk.mail.domain.MailState;
import org.orderdesk.platform.Slice;
import org.orderdesk.web.platform.PageNumber;

/** The mail log: every outbox row, newest first, optionally of one state only (FAILED from the dashboard). */
@Named
@RequestScoped
public class MailLogPage {

    @Inject
    private MailLog log;

    private String state;
    private String page;
    private Slice<MailLogRow> slice;

    public void load() {
        MailState filter = Arrays.stream(MailState.values()).filter(s -> s.name().equals(state)).findFirst()
                .orElse(null);
        slice = log.list(filter, PageNumber.of(page));
    }

    public MailState[] getStates() {
        return MailState.values();
    }

    public Slice<MailLogRow> getSlice() {
        return slice;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
