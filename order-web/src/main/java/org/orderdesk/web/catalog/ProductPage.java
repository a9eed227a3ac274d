package org.orderdesk.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.platform.NotFound;
import org.orderdesk.web.platform.PerRequest;

/**
 * One product: picture, description, price and availability. An unknown SKU is a 404. View-scoped: the "Add to
 * cart" form is posted without the sku parameter, and must find its product again to be heard.
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    @Inject
    private LanguageSelection language;

    private String sku;

    public void load() throws IOException {
        if (getProduct() == null) {
            NotFound.send();
        }
    }

    /** Read once per request, in the language of the page. */
    public ProductCard getProduct() {
        return sku == null ? null : PerRequest.get(ProductPage.class,
                () -> catalog.product(sku).map(p -> ShopWindow.card(p, language.getLocale())).orElse(null));
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }
}
