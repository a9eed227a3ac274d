package org.orderdesk.web.order;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.catalog.ProductView;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.order.CartLine;
import org.orderdesk.order.OrderLimits;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.shared.Money;
import org.orderdesk.web.catalog.ProductCard;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.platform.SamePage;
import org.orderdesk.web.security.CustomerLoggedIn;

/**
 * The visitor's cart: products and quantities only. Names, prices and stock are read from the catalog each time
 * the cart is shown, and the checkout prices the order again, so nothing in the cart can be stale or forged.
 * A logged-in customer's cart is also kept with the account; a guest's cart joins it at login.
 */
@Named("cart")
@SessionScoped
public class ShoppingCart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Flash attribute: the product just added, whose card then says so (#{flash.justAdded}). */
    private static final String JUST_ADDED = "justAdded";

    private final Map<String, Integer> quantities = new LinkedHashMap<>();

    /** Volatile: the two requests of a double click run at once, each with this one session's cart. */
    private volatile PlacedCheckout lastCheckout;

    @Inject
    private CatalogService catalog;

    @Inject
    private LanguageSelection language;

    @Inject
    private CustomerService customers;

    @Inject
    private SamePage samePage;

    @Inject
    private OrderLimits limits;

    /**
     * "Add to cart" on a product: one more unit, as long as the shop has it. Then back to the same page by a
     * redirect, so that reloading it cannot add the product again.
     */
    public void add(String sku) throws IOException {
        catalog.product(sku).filter(ProductView::isAvailable).ifPresentOrElse(product -> {
            int wanted = quantities.getOrDefault(sku, 0) + 1;
            quantities.put(sku, Math.min(capped(wanted), product.stock()));
            keepWithAccount();
            Messages.addFlashGlobalInfo(wanted > limits.maxUnitsPerLine() ? "cart.atMost" : "cart.added",
                    product.nameIn(language.getLocale()), limits.maxUnitsPerLine());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(JUST_ADDED, sku);
        }, () -> Messages.addFlashGlobalInfo("cart.unavailable"));
        samePage.redirectBackToElement(ProductCard.elementId(sku));
    }

    public int quantityOf(String sku) {
        return quantities.getOrDefault(sku, 0);
    }

    /** The cart page's − and + buttons; a quantity of zero removes the line. */
    public String change(String sku, int quantity) {
        if (quantity <= 0) {
            quantities.remove(sku);
        } else if (quantities.containsKey(sku)) {
            quantities.put(sku, capped(quantity));
            if (quantity > limits.maxUnitsPerLine()) {
                Messages.addFlashGlobalInfo("cart.atMost", productName(sku), limits.maxUnitsPerLine());
            }
        }
        keepWithAccount();
        return "/shop/cart?faces-redirect=true";
    }

    public void clear() {
        quantities.clear();
        keepWithAccount();
    }

    /**
     * The checkout placed the cart's order: the cart empties, and remembers where that order's page is, so that a
     * second submit of the same checkout (a double click) is taken there too. Returns that outcome.
     */
    public String ordered(String checkoutToken, String orderOutcome) {
        lastCheckout = new PlacedCheckout(checkoutToken, orderOutcome);
        clear();
        return orderOutcome;
    }

    /** The outcome of the order the checkout with this token placed, if it was this cart's last one. */
    public Optional<String> orderPlacedWith(String checkoutToken) {
        PlacedCheckout placed = lastCheckout;
        return placed != null && placed.token().equals(checkoutToken) ? Optional.of(placed.outcome())
                : Optional.empty();
    }

    /** At login: what the guest put in the cart joins what the account had kept. */
    void joinAccountCart(@Observes CustomerLoggedIn loggedIn) {
        customers.savedCart().forEach((sku, quantity) ->
                quantities.merge(sku, capped(quantity), (a, b) -> capped(a + b)));
        customers.keepCart(quantities);
    }

    /** One order takes only so many units of a product (OrderLimits); the cart never asks for more. */
    private int capped(int quantity) {
        return Math.min(quantity, limits.maxUnitsPerLine());
    }

    private String productName(String sku) {
        return catalog.product(sku).map(product -> product.nameIn(language.getLocale())).orElse(sku);
    }

    private void keepWithAccount() {
        if (isCustomer()) {
            customers.keepCart(quantities);
        }
    }

    private static boolean isCustomer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CUSTOMER);
    }

    public boolean isEmpty() {
        return quantities.isEmpty();
    }

    public int getItemCount() {
        return quantities.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<CartLine> lines() {
        return quantities.entrySet().stream().map(e -> new CartLine(e.getKey(), e.getValue())).toList();
    }

    /**
     * The cart as the page shows it; products that left the catalog are dropped with a note. Worked out once per
     * request for each content of the cart, from one catalog read for all its lines: a checkout page asks for it,
     * and for its totals, about eight times.
     */
    public List<CartItem> getItems() {
        // The key holds the content (a LinkedHashMap prints in its order): a request that changes the cart reads again.
        return Faces.getContextAttribute(ShoppingCart.class.getName() + quantities, this::readItems);
    }

    private List<CartItem> readItems() {
        Locale locale = language.getLocale();
        Map<String, Integer> lines = new LinkedHashMap<>(quantities);
        Map<String, ProductView> products = catalog.products(lines.keySet());
        List<CartItem> items = new ArrayList<>();
        for (Map.Entry<String, Integer> line : lines.entrySet()) {
            ProductView product = products.get(line.getKey());
            if (product == null) {
                quantities.remove(line.getKey());
            } else {
                items.add(new CartItem(product.sku(), product.nameIn(locale), product.price(), line.getValue(),
                        product.stock(), locale));
            }
        }
        return items;
    }

    public Money goodsTotal() {
        return getItems().stream().map(CartItem::lineTotal).reduce(Money.ZERO, Money::plus);
    }

    public String getGoodsTotalText() {
        return goodsTotal().format(language.getLocale());
    }

    /** A checkout token and the page of the order it placed. */
    private record PlacedCheckout(String token, String outcome) implements Serializable {
    }
}
