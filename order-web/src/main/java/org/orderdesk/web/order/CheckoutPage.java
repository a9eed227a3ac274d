package org.orderdesk.web.order;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;
import org.orderdesk.customer.CustomerProfile;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.order.CheckoutRefusedException;
import org.orderdesk.order.CheckoutRequest;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.PaymentService;
import org.orderdesk.order.PickupCodeTakenException;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.DeliveryPricing;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.pickup.PickupPointService;
import org.orderdesk.pickup.PickupPointView;
import org.orderdesk.security.EmailVerificationService;
import org.orderdesk.shared.Money;
import org.orderdesk.web.customer.AddressForm;
import org.orderdesk.web.customer.AddressValidation;
import org.orderdesk.web.i18n.Formats;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.platform.MessageTexts;

/**
 * Delivery, payment and review on one page. The checkout token is made when the page is first shown and lives
 * with the page, so two submits that overlap send the same token and get the same order. It also rides with the
 * form: once the first submit has placed the order, its redirect ends this view scope, and a second submit (a
 * double click) meets a new bean and an empty cart; the posted token then leads it to the same order page.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(CheckoutPage.class.getName());
    /** Placings of one checkout that may each lose its pickup code to another order placed at the same moment. */
    private static final int PLACINGS = 3;

    @Inject
    private ShoppingCart cart;

    @Inject
    private CheckoutService checkout;

    @Inject
    private CustomerService customers;

    @Inject
    private PickupPointService pickupPoints;

    @Inject
    private PaymentService payments;

    @Inject
    private LanguageSelection language;

    @Inject
    private Formats formats;

    @Inject
    private EmailVerificationService verifications;

    /** The request parameter that carries the checkout token (a hidden field of the form). */
    private static final String TOKEN_FIELD = "checkoutToken";
    /**
     * The pickup point's radio buttons are plain HTML, grouped by city in fieldsets (a JSF radio list can only be
     * one flat list); their choice is read from the request when the order is placed, and the place-order service
     * refuses a code that names no point.
     */
    private static final String PICKUP_POINT_FIELD = "checkout:pickupPoint";

    private String token;
    private DeliveryMethod deliveryMethod = DeliveryMethod.PICKUP_POINT;
    private String pickupPointCode;
    private PaymentMethod paymentMethod = PaymentMethod.CARD_ON_RECEIPT;
    private final AddressForm address = new AddressForm();
    private String email;
    /** Said at the top of the page from the start, so nobody fills in the form in vain; the service decides. */
    private boolean emailVerified;

    @PostConstruct
    void start() {
        token = UUID.randomUUID().toString();
        CustomerProfile profile = customers.profile();
        address.fillFrom(profile.defaultAddress());
        email = profile.email();
        emailVerified = verifications.isCallerVerified();
        pickupPointCode = checkout.lastPickupPoint().orElse(null);
    }

    public String placeOrder() {
        Optional<String> placed = alreadyPlaced();
        if (placed.isPresent()) {
            return placed.get();
        }
        pickupPointCode = requestParameter(PICKUP_POINT_FIELD);
        if (cart.isEmpty()) {
            Messages.addError(null, "checkout.emptyCart");
            return null;
        }
        Optional<DeliveryAddress> courierAddress = deliveryMethod == DeliveryMethod.COURIER
                ? AddressValidation.validAddress(address, "checkout") : Optional.empty();
        if (deliveryMethod == DeliveryMethod.COURIER && courierAddress.isEmpty()) {
            return null;
        }
        try {
            OrderNumber number = placeWithAFreeCode(new CheckoutRequest(token, cart.lines(),
                    deliveryMethod, courierAddress.orElse(null), pickupPointCode, paymentMethod));
            String next = paymentMethod.isPaidOnline() ? "/shop/payment" : "/shop/confirmation";
            return cart.ordered(token, next + "?faces-redirect=true&order=" + number);
        } catch (CheckoutRefusedException refused) {
            explain(refused);
            return null;
        }
    }

    /**
     * Places the order, and places it again if another instance's order claimed the same pickup code at the same
     * moment: the database refused the claim and the checkout rolled back whole, so placing it again (same token)
     * draws a new code. Here, because this is where the transaction ends (checkout joins a caller's transaction);
     * losing such a race twice in a row is already unlikely, so a third loss is let through as a failure.
     */
    private OrderNumber placeWithAFreeCode(CheckoutRequest request) throws CheckoutRefusedException {
        for (int placing = 1; ; placing++) {
            try {
                return checkout.placeOrder(request);
            } catch (PickupCodeTakenException taken) {
                if (placing == PLACINGS) {
                    throw taken;
                }
                LOG.info(() -> "Placing the order again with a new pickup code: " + taken.getMessage());
            }
        }
    }

    /** Mails the verification link again, which brings the customer back to this checkout. */
    public String sendLinkAgain() {
        if (verifications.sendAgain("/shop/checkout")) {
            Messages.addGlobalInfo("checkout.linkSent", email);
        } else {
            Messages.addError(null, "checkout.linkWait");
        }
        return null;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getEmail() {
        return email;
    }

    /** The form stays on a page whose order was placed, so that a second submit of it reaches placeOrder. */
    public boolean isOpen() {
        return !cart.isEmpty() || alreadyPlaced().isPresent();
    }

    /**
     * The order page of this checkout when the cart is empty because this very form placed it: the token the form
     * came back with is only ever compared with the one this session's cart recorded, never sent to the service.
     * A cart filled again goes through a new checkout (an old form posted again must not reorder or drop it).
     */
    private Optional<String> alreadyPlaced() {
        return cart.isEmpty() ? cart.orderPlacedWith(postedToken().orElse(token)) : Optional.empty();
    }

    public String getToken() {
        return token;
    }

    private static String requestParameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public String getTokenField() {
        return TOKEN_FIELD;
    }

    /** The token the form came back with, if it is one. */
    private static Optional<String> postedToken() {
        try {
            return Optional.ofNullable(requestParameter(TOKEN_FIELD)).map(text -> UUID.fromString(text).toString());
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }

    private void explain(CheckoutRefusedException refused) {
        switch (refused.reason()) {
            case OUT_OF_STOCK -> Messages.addError(null, "checkout.outOfStock", productName(refused.sku()),
                    refused.available());
            case PRODUCT_GONE -> Messages.addError(null, "checkout.productGone");
            case NO_DELIVERY_ADDRESS -> Messages.addError(null, "checkout.addressFieldRequired");
            case UNKNOWN_PICKUP_POINT -> Messages.addError("checkout:pickupPoint", "checkout.choosePickupPoint");
            case TOO_MANY_ORDERS -> Messages.addError(null, "checkout.tooManyOrders");
            case TOO_MANY_UNITS -> Messages.addError(null, "checkout.tooManyUnits", productName(refused.sku()),
                    refused.available());
            case TOO_MANY_UNPAID -> Messages.addError("checkout:paymentMethod", "checkout.tooManyUnpaid",
                    refused.available());
            case EMAIL_NOT_VERIFIED -> {
                emailVerified = false;
                Messages.addError(null, refused.messageKey());
            }
        }
    }

    private String productName(String sku) {
        return cart.getItems().stream().filter(item -> item.sku().equals(sku)).map(CartItem::name).findFirst()
                .orElse(sku);
    }

    /**
     * The pickup points grouped by city, cities in alphabetical order and points without a known city last: a
     * shopper looks for their own city, not through every point of the country.
     */
    public List<CityPoints> getPickupPointsByCity() {
        Locale locale = language.getLocale();
        Map<String, List<PointChoice>> byCity = new TreeMap<>(Collator.getInstance(locale));
        List<PointChoice> elsewhere = new ArrayList<>();
        for (PickupPointView point : pickupPoints.all()) {
            PointChoice choice = new PointChoice(point.code(), point.name().in(locale) + ": "
                    + point.address().in(locale) + " (" + point.openingHours().in(locale) + ")");
            (point.hasCity() ? byCity.computeIfAbsent(point.cityIn(locale), c -> new ArrayList<>()) : elsewhere)
                    .add(choice);
        }
        List<CityPoints> cities = new ArrayList<>();
        byCity.forEach((city, points) -> cities.add(new CityPoints(city, points)));
        if (!elsewhere.isEmpty()) {
            cities.add(new CityPoints(MessageTexts.text("checkout.otherCities"), elsewhere));
        }
        return cities;
    }

    public String getCourierPriceText() {
        return DeliveryPricing.COURIER_PRICE.format(language.getLocale());
    }

    public String getFreeCourierFromText() {
        return DeliveryPricing.FREE_COURIER_FROM.format(language.getLocale());
    }

    public String getDeliveryPriceText() {
        return deliveryPriceTextFor(deliveryMethod);
    }

    public String getTotalText() {
        return totalTextFor(deliveryMethod);
    }

    /** The delivery price each method would cost, for the script that updates the review when the choice changes. */
    public String deliveryPriceTextFor(DeliveryMethod method) {
        return formats.deliveryPrice(DeliveryPricing.priceOf(method, cart.goodsTotal()));
    }

    public String totalTextFor(DeliveryMethod method) {
        Money goods = cart.goodsTotal();
        return goods.plus(DeliveryPricing.priceOf(method, goods)).format(language.getLocale());
    }

    public boolean isSandboxPayments() {
        return payments.isSandbox();
    }

    public DeliveryMethod[] getDeliveryMethods() {
        return DeliveryMethod.values();
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public AddressForm getAddress() {
        return address;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(DeliveryMethod deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }

    public String getPickupPointCode() {
        return pickupPointCode;
    }


    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    /** A city and its pickup points, as the checkout groups them. */
    public record CityPoints(String name, List<PointChoice> points) {
    }

    /** A pickup point to choose: its code and how the checkout describes it. */
    public record PointChoice(String code, String label) {
    }
}
