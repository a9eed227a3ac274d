package org.orderdesk.catalog;

import java.util.List;
import java.util.Optional;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.catalog.domain.ProductPicture;

/** Where products and their pictures are kept. */
public interface ProductRepository {

    List<Product> findAll();

    Optional<Product> findBySku(String sku);

    /** Products whose Russian or English name contains the text, ignoring case. */
    List<Product> searchByName(String text);

    /** Locks the product's row until the transaction ends: stock is taken by one order at a time. */
    Optional<Product> findBySkuForUpdate(String sku);

    Optional<ProductPicture> findPicture(String sku);

    void add(Product product, ProductPicture picture);

    long count();
}
