package org.orderdesk.web.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a plain "Add to cart" form posted: a shop window card's or the product page's, each posting to its own
 * page's address, whose view action adds it. Plain forms rather than Faces ones: those were most of these pages'
 * rendering (docs/BENCHMARKS.md, "Page speed"). A post from another site's page never gets here
 * (RequestGuardFilter), as for the stateless Faces forms they replace.
 * <p>
 * Application-scoped: it keeps nothing, and a request-scoped bean would be made again on every page view.
 */
@Named("addToCart")
@ApplicationScoped
public class AddToCartForm {

    /** The form's field naming the product. */
    public static final String FIELD = "add";

    /**
     * The product the form posted (its field {@value #FIELD}), or null. Only a POST adds: a link with that
     * parameter, which another site could plant, adds nothing.
     */
    public String getProduct() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return "POST".equals(((HttpServletRequest) external.getRequest()).getMethod())
                ? external.getRequestParameterMap().get(FIELD)
                : null;
    }
}
