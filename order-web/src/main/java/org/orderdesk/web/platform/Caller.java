package org.orderdesk.web.platform;

import jakarta.faces.context.FacesContext;

/**
 * The logged-in caller, for what pages show and decide. Services never take it as an argument: they read the
 * caller from the container, so that no page, form or new kind of client can act as somebody else.
 */
public final class Caller {

    private Caller() {
    }

    public static String email() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public static boolean isLoggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }
}
