package org.orderdesk.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import org.omnifaces.util.FacesLocal;
import org.omnifaces.util.Messages;
import org.orderdesk.platform.RefusedException;

/**
 * The safety net of the exception policy: a service's refusal that no page caught is shown on the page as its
 * translated message, and a service the container refused to the caller answers 403. Neither is a server error,
 * so neither may end as a 500. Pages that know a better answer (a field to mark, a 404) still catch their own.
 */
public class RefusalHandler extends ExceptionHandlerWrapper {

    public RefusalHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<RefusedException> refusal = Causes.find(thrown, RefusedException.class);
            if (refusal.isPresent()) {
                events.remove();
                Messages.addError(null, refusal.get().messageKey());
                FacesContext.getCurrentInstance().renderResponse();
            } else if (Causes.find(thrown, EJBAccessException.class).isPresent()) {
                events.remove();
                forbid(FacesContext.getCurrentInstance());
            }
        }
        getWrapped().handle();
    }

    /** The container's page for 403, as for a protected address. */
    private static void forbid(FacesContext faces) {
        FacesLocal.responseSendError(faces, 403, null);
    }
}
