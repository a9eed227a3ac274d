package org.orderdesk.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.web.i18n.LanguageSelection;

/**
 * One product: picture, description, price and availability. An unknown SKU is a 404. The page keeps no view
 * state (an anonymous visitor costs no session): the "Add to cart" form posts to the page's address, sku included.
 */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    private CatalogService catalog;

    @Inject
    private LanguageSelection language;

    @Inject
    private ExternalContext external;

    private String sku;

    /** From the request's address, also when "Add to cart" posts to it: the page keeps no view state. */
    @PostConstruct
    void readSku() {
        String requested = external.getRequestParameterMap().get("sku");
        sku = requested == null || requested.isBlank() ? null : requested;
    }

    public void load() {
        if (getProduct() == null) {
            Faces.responseSendError(404, "");
        }
    }

    /** Read once per request, in the language of the page. */
    public ProductCard getProduct() {
        return sku == null ? null : Faces.getContextAttribute(ProductPage.class.getName(),
                () -> catalog.product(sku).map(p -> ShopWindow.card(p, language.getLocale())).orElse(null));
    }
}
