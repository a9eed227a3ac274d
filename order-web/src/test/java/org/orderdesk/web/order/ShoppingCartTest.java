package org.orderdesk.web.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orderdesk.order.InMemoryShop.BOOK;
import static org.orderdesk.order.InMemoryShop.KETTLE;
import static org.orderdesk.platform.Wiring.wire;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.catalog.ProductView;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.order.InMemoryShop;
import org.orderdesk.shared.Money;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.platform.FakeFaces;
import org.orderdesk.web.platform.SamePage;
import org.orderdesk.web.security.CustomerLoggedIn;

/** The cart as its pages show it, on a catalog that counts how often it is asked. */
class ShoppingCartTest {

    private final InMemoryShop shop = new InMemoryShop();
    private final CountingCatalog catalog = new CountingCatalog(
            shop.products.findAll().stream().map(ProductView::of).toList());
    private FakeFaces faces;
    private ShoppingCart cart;

    /** Anna's account kept seven kettles (two more than the shop has) and a book; she has just logged in. */
    @BeforeEach
    void aCartOfTwoLines() {
        shop.anna.keepCart(Map.of(KETTLE, 7, BOOK, 1));
        faces = FakeFaces.inEnglish();
        cart = wire(new ShoppingCart(), catalog, new InEnglish(), shop.limits, new SamePage(),
                wire(new CustomerService(), shop.customers, shop.customer.context()));
        cart.joinAccountCart(new CustomerLoggedIn());
    }

    @AfterEach
    void endTheRequest() {
        faces.close();
    }

    /** What checkout.xhtml asks of the cart in one render: the lines, the goods total, and the totals for each method. */
    @Test
    void oneRenderOfTheCheckoutAsksTheCatalogOnce() {
        for (int reference = 0; reference < 8; reference++) {
            cart.getItems();
            cart.goodsTotal();
        }

        assertEquals(1, catalog.reads);
    }

    @Test
    void theLinesShowTodaysPriceAndSayWhenTheShopHasFewerThanWanted() {
        CartItem kettles = item(KETTLE);

        assertEquals("Kettle", kettles.name());
        assertEquals(Money.rubles("1000.00"), kettles.unitPrice());
        assertTrue(kettles.isMoreThanStock());
        assertFalse(item(BOOK).isMoreThanStock());
        assertEquals(Money.rubles("7450.50"), cart.goodsTotal());
    }

    private CartItem item(String sku) {
        return cart.getItems().stream().filter(item -> item.sku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void aProductThatLeftTheCatalogLeavesTheCart() {
        catalog.shelf.remove(BOOK);

        assertEquals(List.of(KETTLE), cart.getItems().stream().map(CartItem::sku).toList());
        assertEquals(0, cart.quantityOf(BOOK));
        assertEquals(7, cart.getItemCount());
    }

    /** The shop window's catalog as a map the test can change, counting the calls that read it. */
    private static final class CountingCatalog extends CatalogService {

        final Map<String, ProductView> shelf;
        int reads;

        CountingCatalog(List<ProductView> products) {
            shelf = new HashMap<>(products.stream().collect(Collectors.toMap(ProductView::sku, Function.identity())));
        }

        @Override
        public Optional<ProductView> product(String sku) {
            reads++;
            return Optional.ofNullable(shelf.get(sku));
        }

        @Override
        public Map<String, ProductView> products(Collection<String> skus) {
            reads++;
            return skus.stream().filter(shelf::containsKey).collect(Collectors.toMap(Function.identity(), shelf::get));
        }
    }

    /** The language a visitor picked; the real one reads it from the request's cookie. */
    private static final class InEnglish extends LanguageSelection {

        @Override
        public Locale getLocale() {
            return Locale.ENGLISH;
        }
    }
}
