package org.orderdesk.web.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A form posted after its view expired (the session timed out, or the server restarted) is answered by the
 * expired page inside the same request, with the security headers the filter already set. Left to the container,
 * it would be an exception: a 500, and an error page without those headers.
 */
public class ExpiredFormHandler extends ExceptionHandlerWrapper {

    /**
     * 400, not 5xx: the server is fine, the request carries a form state it no longer knows, and sending it again
     * unchanged would fail the same way. Not 409 either: that speaks of a conflict with a resource's state that
     * the client resolves and resubmits, while here only a fresh page helps. A 4xx keeps session timeouts out of
     * the server-error count of monitoring.
     */
    private static final int STATUS = 400;

    private static final String PAGE = "/error/expired.xhtml";

    public ExpiredFormHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (Causes.find(events.next().getContext().getException(), ViewExpiredException.class).isPresent()) {
                events.remove();
                showExpiredPage(FacesContext.getCurrentInstance());
            }
        }
        getWrapped().handle();
    }

    private static void showExpiredPage(FacesContext faces) {
        faces.getExternalContext().setResponseStatus(STATUS);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, PAGE));
        faces.getPartialViewContext().setRenderAll(true);
        faces.renderResponse();
    }
}
