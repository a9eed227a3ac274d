package org.orderdesk.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** What the shop window needs from the catalog: shelves, what is on them, and the pictures. */
@Stateless
public class CatalogService {

    @Inject
    private CategoryRepository categories;

    @Inject
    private ProductRepository products;

    public List<Category> categories() {
        return categories.findAll();
    }

    public List<Product> products() {
        return products.findAll();
    }

    public List<Product> productsIn(@NotBlank String categoryCode) {
        return products.findByCategory(categoryCode);
    }

    public List<Product> search(@NotBlank @Size(max = 100) String text) {
        return products.searchByName(text.strip());
    }

    public Optional<Product> product(@NotBlank String sku) {
        return products.findBySku(sku);
    }

    public Optional<ProductPicture> picture(@NotBlank String sku) {
        return products.findPicture(sku);
    }

    public long productCount() {
        return products.count();
    }
}
