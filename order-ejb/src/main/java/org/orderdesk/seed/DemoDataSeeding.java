package org.orderdesk.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.orderdesk.catalog.CategoryRepository;
import org.orderdesk.catalog.ProductRepository;
import org.orderdesk.catalog.domain.Category;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.catalog.domain.ProductPicture;
import org.orderdesk.pickup.PickupPointRepository;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * Fills an empty shop with the demo catalog and the pickup points of the seed files. Each step adds only what is
 * missing, so a restart never duplicates anything (StartupSeeding keeps instances starting at once apart).
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class DemoDataSeeding {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeding.class.getName());

    @Inject
    private CategoryRepository categories;

    @Inject
    private ProductRepository products;

    @Inject
    private PickupPointRepository pickupPoints;

    public void seedCategories() {
        for (String[] r : SeedFile.records("categories.txt", 4)) {
            if (categories.findByCode(r[0]).isEmpty()) {
                categories.add(new Category(r[0], new LocalizedText(r[2], r[3]), Integer.parseInt(r[1])));
            }
        }
    }

    public void seedProducts() {
        int added = 0;
        for (String[] r : SeedFile.records("products.txt", 8)) {
            if (products.findBySku(r[0]).isPresent()) {
                continue;
            }
            Category category = categories.findByCode(r[1])
                    .orElseThrow(() -> new IllegalStateException("Unknown category " + r[1] + " for " + r[0]));
            Product product = new Product(r[0], category, new LocalizedText(r[2], r[3]),
                    new LocalizedText(r[4], r[5]), Money.rubles(r[6]), Integer.parseInt(r[7]));
            byte[] svg = SeedFile.bytes("pictures/" + r[0] + ".svg");
            products.add(product, new ProductPicture(product, "image/svg+xml", svg));
            added++;
        }
        if (added > 0) {
            LOG.info("Seeded products: " + added);
        }
    }

    public void seedPickupPoints() {
        for (String[] r : SeedFile.records("pickup-points.txt", 9)) {
            if (pickupPoints.findByCode(r[0]).isEmpty()) {
                pickupPoints.add(new PickupPoint(r[0], new LocalizedText(r[1], r[2]), new LocalizedText(r[3], r[4]),
                        new LocalizedText(r[5], r[6]), new LocalizedText(r[7], r[8])));
            }
        }
    }
}
