package org.orderdesk.web.order;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.customer.DeliveryAddress;
import org.orderdesk.order.CheckoutRefusedException;
import org.orderdesk.order.CheckoutRequest;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.DeliveryMethod;
import org.orderdesk.order.DeliveryPricing;
import org.orderdesk.order.PaymentMethod;
import org.orderdesk.payment.PaymentService;
import org.orderdesk.pickup.PickupPoint;
import org.orderdesk.pickup.PickupPointService;
import org.orderdesk.shared.Money;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.customer.AddressForm;
import org.orderdesk.web.customer.AddressValidation;
import org.orderdesk.web.security.Caller;
import org.orderdesk.web.security.FacesMessages;

/**
 * Delivery, payment and review on one page. The checkout token is made when the page is first shown and lives
 * with the page, so a double click, the back button or a retry submits the same token and gets the same order.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

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

    private String token;
    private DeliveryMethod deliveryMethod = DeliveryMethod.PICKUP_POINT;
    private String pickupPointCode;
    private PaymentMethod paymentMethod = PaymentMethod.CARD_ON_RECEIPT;
    private final AddressForm address = new AddressForm();

    @PostConstruct
    void start() {
        token = UUID.randomUUID().toString();
        address.fillFrom(customers.profile(Caller.email()).defaultAddress());
    }

    public String placeOrder() {
        if (cart.isEmpty()) {
            FacesMessages.error(null, "checkout.emptyCart");
            return null;
        }
        Optional<DeliveryAddress> courierAddress = deliveryMethod == DeliveryMethod.COURIER
                ? AddressValidation.validAddress(address, "checkout") : Optional.empty();
        if (deliveryMethod == DeliveryMethod.COURIER && courierAddress.isEmpty()) {
            return null;
        }
        try {
            String number = checkout.placeOrder(Caller.email(), new CheckoutRequest(token, cart.lines(),
                    deliveryMethod, courierAddress.orElse(null), pickupPointCode, paymentMethod));
            cart.clear();
            String next = paymentMethod.isPaidOnline() ? "/shop/payment" : "/shop/confirmation";
            return next + "?faces-redirect=true&order=" + number;
        } catch (CheckoutRefusedException refused) {
            explain(refused);
            return null;
        }
    }

    private void explain(CheckoutRefusedException refused) {
        switch (refused.reason()) {
            case OUT_OF_STOCK -> FacesMessages.error(null, "checkout.outOfStock", productName(refused.sku()),
                    refused.available());
            case PRODUCT_GONE -> FacesMessages.error(null, "checkout.productGone");
            case NO_DELIVERY_ADDRESS -> FacesMessages.error(null, "checkout.addressFieldRequired");
            case UNKNOWN_PICKUP_POINT -> FacesMessages.error("checkout:pickupPoint", "checkout.choosePickupPoint");
            case TOO_MANY_ORDERS -> FacesMessages.error(null, "checkout.tooManyOrders");
        }
    }

    private String productName(String sku) {
        return cart.getItems().stream().filter(item -> item.sku().equals(sku)).map(CartItem::name).findFirst()
                .orElse(sku);
    }

    public List<PickupPointOption> getPickupPoints() {
        Locale locale = language.getLocale();
        return pickupPoints.all().stream().map(p -> PickupPointOption.of(p, locale)).toList();
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
        return DeliveryPricing.priceOf(method, cart.goodsTotal()).format(language.getLocale());
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

    public void setPickupPointCode(String pickupPointCode) {
        this.pickupPointCode = pickupPointCode;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    /** A pickup point as the checkout lists it. */
    public record PickupPointOption(String code, String name, String address, String hours) {

        static PickupPointOption of(PickupPoint point, Locale locale) {
            return new PickupPointOption(point.code(), point.nameIn(locale), point.addressIn(locale),
                    point.openingHoursIn(locale));
        }
    }
}
