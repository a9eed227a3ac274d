package org.orderdesk.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the shop window needs from the catalog: shelves, what is on them, and the pictures. Shelves and products
 * come from CatalogCache (seconds old at most); a search asks the database. Only reads, nearly all from memory:
 * an application-scoped bean rather than a stateless EJB, whose container work (pool, transaction, security)
 * cost more than the reads themselves on pages that ask for several products. Parameters are still validated.
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogCache cache;

    public List<CategoryView> categories() {
        return cache.categories();
    }

    public List<ProductView> products() {
        return cache.products();
    }

    public List<ProductView> productsIn(@NotBlank String categoryCode) {
        return cache.productsIn(categoryCode);
    }

    public List<ProductView> search(@NotBlank @Size(max = 100) String text) {
        return products.searchByName(text.strip()).stream().map(ProductView::of).toList();
    }

    public Optional<ProductView> product(@NotBlank String sku) {
        return cache.product(sku);
    }

    /**
     * The products of these SKUs that the shop still has, by SKU, in one call: a cart or checkout page reads all
     * its lines' products at once, not one call per line.
     */
    public Map<String, ProductView> products(@NotNull Collection<String> skus) {
        return cache.products(skus);
    }

    public Optional<ProductPictureFile> picture(@NotBlank String sku) {
        return products.findPicture(sku).map(ProductPictureFile::of);
    }

    public long productCount() {
        return products.count();
    }
}
