package org.orderdesk.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.catalog.domain.ProductPicture;
import org.orderdesk.platform.InMemoryRows;

/** ProductRepository in memory, in the catalog's order (shelf, then SKU). Locks are no-ops in one thread. */
public class InMemoryProductRepository extends InMemoryRows<Product> implements ProductRepository {

    private static final Comparator<Product> CATALOG_ORDER = Comparator
            .comparing((Product product) -> product.category().position()).thenComparing(Product::sku);

    private final Map<String, ProductPicture> pictures = new HashMap<>();

    @Override
    public List<Product> findAll() {
        return rows().sorted(CATALOG_ORDER).toList();
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return first(product -> product.sku().equals(sku));
    }

    @Override
    public List<Product> searchByName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return rows().filter(product -> product.name().ru().toLowerCase(Locale.ROOT).contains(lower)
                        || product.name().en().toLowerCase(Locale.ROOT).contains(lower))
                .sorted(CATALOG_ORDER).toList();
    }

    @Override
    public Optional<Product> findBySkuForUpdate(String sku) {
        return findBySku(sku);
    }

    @Override
    public Optional<ProductPicture> findPicture(String sku) {
        return Optional.ofNullable(pictures.get(sku));
    }

    @Override
    public void add(Product product, ProductPicture picture) {
        insert(product);
        pictures.put(product.sku(), picture);
    }

    @Override
    public long count() {
        return count(product -> true);
    }
}
