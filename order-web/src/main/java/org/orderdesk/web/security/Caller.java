package org.orderdesk.web.security;

import jakarta.faces.context.FacesContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The logged-in caller's e-mail, for beans of protected pages. Services always get it from here, never from a
 * form, so nobody can act on another customer's data.
 */
public final class Caller {

    private Caller() {
    }

    public static String email() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public static Optional<String> emailIfLoggedIn() {
        return Optional.ofNullable(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal())
                .map(Principal::getName);
    }
}
