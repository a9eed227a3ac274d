package org.orderdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;

/** The catalog EJB inside the real EAR on Payara Server, reading the seeded catalog from Derby. */
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private CatalogService catalog;

    @Test
    void theSeededCatalogHasAtLeastThirtyProductsInFiveCategories() {
        assertTrue(catalog.products().size() >= 30, "products: " + catalog.products().size());
        assertTrue(catalog.categories().size() >= 5, "categories: " + catalog.categories().size());
    }

    @Test
    void everyShelfHoldsOnlyItsOwnProducts() {
        for (CategoryView category : catalog.categories()) {
            List<ProductView> shelf = catalog.productsIn(category.code());
            assertFalse(shelf.isEmpty(), "empty category " + category.code());
            Set<String> codes = shelf.stream().map(p -> p.category().code()).collect(Collectors.toSet());
            assertEquals(Set.of(category.code()), codes);
        }
    }

    @Test
    void everyProductHasBothLanguagesAPriceAndAPicture() {
        for (ProductView product : catalog.products()) {
            assertFalse(product.nameIn(Locale.ENGLISH).equals(product.nameIn(Locale.forLanguageTag("ru"))),
                    "untranslated name of " + product.sku());
            assertTrue(product.price().amount().signum() > 0, "price of " + product.sku());
            ProductPictureFile picture = catalog.picture(product.sku()).orElseThrow();
            assertEquals("image/svg+xml", picture.contentType());
            assertTrue(new String(picture.content(), java.nio.charset.StandardCharsets.UTF_8).contains("<svg"));
        }
    }

    @Test
    void findsAProductBySkuAndNothingForAnUnknownOne() {
        ProductView first = catalog.products().get(0);

        assertEquals(first.name(), catalog.product(first.sku()).orElseThrow().name());
        assertTrue(catalog.product("NO-SUCH-SKU").isEmpty());
    }
}
