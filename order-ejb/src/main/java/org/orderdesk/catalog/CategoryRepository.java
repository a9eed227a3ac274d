package org.orderdesk.catalog;

import java.util.List;
import java.util.Optional;
import org.orderdesk.catalog.domain.Category;

/** Where the catalog's categories are kept. */
public interface CategoryRepository {

    List<Category> findAll();

    Optional<Category> findByCode(String code);

    void add(Category category);
}
