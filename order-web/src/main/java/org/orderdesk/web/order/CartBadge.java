package org.orderdesk.web.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The item count in every page's header. A visitor without a session has an empty cart: asking the session-scoped
 * cart would create a session for every anonymous page view, which any crawler could use to fill the heap.
 */
@Named
@RequestScoped
public class CartBadge {

    @Inject
    private ShoppingCart cart;

    public int getItemCount() {
        // The current context, never an injected one: an error page is rendered in the same request as the page
        // that failed, after that page's context has been released.
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getSession(false) == null ? 0 : cart.getItemCount();
    }
}
