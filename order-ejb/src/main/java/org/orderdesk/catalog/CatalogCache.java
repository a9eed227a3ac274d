package org.orderdesk.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.orderdesk.platform.Refreshing;

/**
 * The catalog as the shop's pages show it, shared by all requests: every product page, cart and checkout reads
 * it, and under load those reads were the database's main work. Stock shown may be up to PRODUCTS_FOR old;
 * placing an order reads and locks the stock itself, so a stale page can never sell what is not there. It holds
 * views made as the catalog is read, not entities: what all requests share must not change under them, nor load
 * anything lazily.
 */
@ApplicationScoped
public class CatalogCache {

    static final Duration PRODUCTS_FOR = Duration.ofSeconds(2);
    static final Duration CATEGORIES_FOR = Duration.ofMinutes(1);

    @Inject
    private ProductRepository products;

    @Inject
    private CategoryRepository categories;

    @Inject
    private Clock clock;

    private Refreshing<Shelf> shelf;
    private Refreshing<List<CategoryView>> shelves;

    @PostConstruct
    void start() {
        shelf = new Refreshing<>(PRODUCTS_FOR, clock,
                () -> new Shelf(products.findAll().stream().map(ProductView::of).toList()));
        shelves = new Refreshing<>(CATEGORIES_FOR, clock,
                () -> categories.findAll().stream().map(CategoryView::of).toList());
    }

    List<CategoryView> categories() {
        return shelves.get();
    }

    List<ProductView> products() {
        return shelf.get().all();
    }

    List<ProductView> productsIn(String categoryCode) {
        return products().stream().filter(p -> p.category().code().equals(categoryCode)).toList();
    }

    Optional<ProductView> product(String sku) {
        return Optional.ofNullable(shelf.get().bySku().get(sku));
    }

    /** The products of these SKUs that the shop has, all from the same reading of the shelf. */
    Map<String, ProductView> products(Collection<String> skus) {
        Map<String, ProductView> bySku = shelf.get().bySku();
        return skus.stream().filter(bySku::containsKey)
                .collect(Collectors.toUnmodifiableMap(Function.identity(), bySku::get));
    }

    /** All products in the shop window's order, and the same products by SKU. */
    private record Shelf(List<ProductView> all, Map<String, ProductView> bySku) {

        Shelf(List<ProductView> all) {
            this(List.copyOf(all),
                    all.stream().collect(Collectors.toUnmodifiableMap(ProductView::sku, Function.identity())));
        }
    }
}
