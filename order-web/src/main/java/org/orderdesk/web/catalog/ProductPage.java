package org.orderdesk.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.web.i18n.LanguageSelection;

/** One product: picture, description, price and availability. An unknown SKU is a 404. */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    private CatalogService catalog;

    @Inject
    private LanguageSelection language;

    private String sku;
    private ProductCard product;

    public void load() throws IOException {
        product = sku == null ? null
                : catalog.product(sku).map(p -> ShopWindow.card(p, language.getLocale())).orElse(null);
        if (product == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public ProductCard getProduct() {
        return product;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }
}
