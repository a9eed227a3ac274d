package org.orderdesk.web.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** The answer for something that does not exist or that the caller may not see: the same 404 page for both. */
public final class NotFound {

    private NotFound() {
    }

    public static void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }
}
