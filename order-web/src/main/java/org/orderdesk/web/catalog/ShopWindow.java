package org.orderdesk.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.catalog.CategoryView;
import org.orderdesk.catalog.ProductView;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.platform.LocalPath;

/** The shop's home page: the categories and the products on the chosen shelf (all of them by default). */
@Named
@RequestScoped
public class ShopWindow {

    @Inject
    private CatalogService catalog;

    @Inject
    private LanguageSelection language;

    private static final int LONGEST_QUERY = 100;

    private String category;
    private String query;
    private List<CategoryView> categories;
    private String address;

    @Inject
    private ExternalContext external;

    /**
     * The shelf and the search come from the request's address, also when a card's "Add to cart" posts to it:
     * the page keeps no view state, and the list must be the one the visitor saw, or the button pressed would be
     * a different card's.
     */
    @PostConstruct
    void load() {
        category = external.getRequestParameterMap().get("category");
        query = atMost(external.getRequestParameterMap().get("q"), LONGEST_QUERY);
        categories = catalog.categories();
        address = LocalPath.of((HttpServletRequest) external.getRequest());
    }

    /** This list's address (relative to the context root), where its cards' "Add to cart" post and come back. */
    public String getAddress() {
        return address;
    }

    public List<CategoryLink> getCategories() {
        Locale locale = language.getLocale();
        return categories.stream()
                .map(c -> new CategoryLink(c.code(), c.nameIn(locale), c.code().equals(category)))
                .toList();
    }

    public List<ProductCard> getProducts() {
        List<ProductView> products = isSearch() ? catalog.search(query)
                : isKnownCategory() ? catalog.productsIn(category) : catalog.products();
        Locale locale = language.getLocale();
        return products.stream().map(p -> card(p, locale)).toList();
    }

    /** A hand-made address may carry a longer search than the search box allows: it searches for its start. */
    private static String atMost(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public boolean isSearch() {
        return query != null && !query.isBlank();
    }

    private boolean isKnownCategory() {
        return category != null && categories.stream().anyMatch(c -> c.code().equals(category));
    }

    static ProductCard card(ProductView product, Locale locale) {
        return new ProductCard(product.sku(), product.nameIn(locale), product.descriptionIn(locale),
                product.category().nameIn(locale), product.price().format(locale), product.stock());
    }

    public boolean isAllCategories() {
        return !isKnownCategory() && !isSearch();
    }

    public String getQuery() {
        return query;
    }

    /** A shelf in the category menu. */
    public record CategoryLink(String code, String name, boolean selected) {

        /** The shelf's address, relative to the context root. */
        public String getAddress() {
            return "/shop/index?category=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        }
    }
}
