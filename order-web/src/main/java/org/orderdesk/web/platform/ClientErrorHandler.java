package org.orderdesk.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Exceptions that are the request's fault, not the server's, answered by a page inside the same request (with the
 * security headers the filter already set) and a 400. Left to the container, each would be a 500, and an error
 * page without those headers.
 * <ul>
 * <li>A form posted after its view expired (the session timed out, or the server restarted), or with a forged
 * view state: the expired page.</li>
 * <li>Input a service's Bean Validation refuses that no page of the shop sends (a hand-made address or post, e.g.
 * a search far longer than the field takes, or a NUL byte): the bad-request page.</li>
 * </ul>
 */
public class ClientErrorHandler extends ExceptionHandlerWrapper {

    /**
     * 400, not 5xx: the server is fine, and sending the request again unchanged would fail the same way. Not 409
     * either: that speaks of a conflict with a resource's state that the client resolves and resubmits, while
     * here only a fresh page helps. A 4xx keeps these out of the server-error count of monitoring.
     */
    private static final int STATUS = 400;
    private static final String EXPIRED_PAGE = "/error/expired.xhtml";
    private static final String BAD_REQUEST_PAGE = "/error/bad-request.xhtml";
    private static final Logger LOG = Logger.getLogger(ClientErrorHandler.class.getName());

    public ClientErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<String> page = pageFor(events.next().getContext().getException());
            if (page.isPresent()) {
                events.remove();
                show(FacesContext.getCurrentInstance(), page.get());
            }
        }
        getWrapped().handle();
    }

    private static Optional<String> pageFor(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || isForgedViewState(cause)) {
                return Optional.of(EXPIRED_PAGE);
            }
            if (cause instanceof ConstraintViolationException refused) {
                // Which constraint only: the refused values may be anything, passwords included.
                LOG.warning(() -> "Request refused by Bean Validation: " + refused.getConstraintViolations().stream()
                        .map(violation -> violation.getPropertyPath().toString()).toList());
                return Optional.of(BAD_REQUEST_PAGE);
            }
        }
        return Optional.empty();
    }

    /**
     * A postback whose view state does not fit the page (e.g. "stateless" sent to a page that keeps state):
     * Mojarra says so only in the message of a plain FacesException. For the visitor it is an expired form.
     */
    private static boolean isForgedViewState(Throwable cause) {
        return cause instanceof FacesException && cause.getMessage() != null
                && cause.getMessage().startsWith("Unable to restore view");
    }

    /**
     * Refused while rendering (a page that reads its request parameter as it draws, like the shop window's
     * search), the half-drawn page is thrown away and the error page drawn in its place at once: the render
     * phase is already under way and would not start again. Refused earlier, the page is drawn in its turn.
     */
    private static void show(FacesContext faces, String page) {
        ExternalContext external = faces.getExternalContext();
        boolean rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (rendering) {
            // The buffer only: the headers (security headers, content type) stay as the filters set them.
            ((HttpServletResponse) external.getResponse()).resetBuffer();
        }
        external.setResponseStatus(STATUS);
        ViewHandler views = faces.getApplication().getViewHandler();
        UIViewRoot view = views.createView(faces, page);
        faces.setViewRoot(view);
        faces.getPartialViewContext().setRenderAll(true);
        if (rendering) {
            renderNow(faces, views, view);
        } else {
            faces.renderResponse();
        }
    }

    private static void renderNow(FacesContext faces, ViewHandler views, UIViewRoot view) {
        try {
            views.getViewDeclarationLanguage(faces, view.getViewId()).buildView(faces, view);
            views.renderView(faces, view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
