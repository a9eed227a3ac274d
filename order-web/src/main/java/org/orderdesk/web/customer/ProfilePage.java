package org.orderdesk.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.orderdesk.customer.ContactDetails;
import org.orderdesk.customer.Customer;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.customer.DeliveryAddress;
import org.orderdesk.security.AccountService;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.security.FacesMessages;
import org.orderdesk.web.security.NewPassword;
import org.orderdesk.web.security.PasswordField;

/** The customer's profile: contact details and language, default delivery address, password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerService customers;

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageSelection languageSelection;

    private String customerNumber;
    private String email;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 120, message = "{orderdesk.tooLong}")
    private String displayName;
    @Size(max = 30, message = "{orderdesk.tooLong}")
    @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "{orderdesk.phone}")
    private String phone;
    @Pattern(regexp = "ru|en", message = "{orderdesk.language}")
    private String language;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 100, message = "{orderdesk.tooLong}")
    private String city;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 200, message = "{orderdesk.tooLong}")
    private String street;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 20, message = "{orderdesk.tooLong}")
    private String house;
    @Size(max = 20, message = "{orderdesk.tooLong}")
    private String flat;
    @NotBlank(message = "{orderdesk.required}")
    @Pattern(regexp = "\\d{6}", message = "{orderdesk.postcode}")
    private String postcode;
    @PasswordField
    private String currentPassword;
    private final NewPassword newPassword = new NewPassword();

    @PostConstruct
    void load() {
        Customer customer = customers.profile(callerEmail());
        customerNumber = customer.customerNumber();
        email = customer.account().email();
        displayName = customer.account().displayName();
        phone = customer.phone();
        language = customer.preferredLanguage();
        DeliveryAddress address = customer.defaultAddress();
        if (address != null) {
            city = address.city();
            street = address.street();
            house = address.house();
            flat = address.flat();
            postcode = address.postcode();
        }
    }

    public String saveContact() {
        customers.updateContact(callerEmail(), new ContactDetails(displayName, phone, language));
        languageSelection.apply(language);
        FacesMessages.infoAfterRedirect("profile.saved");
        return "/account/profile?faces-redirect=true";
    }

    public String saveAddress() {
        customers.updateDefaultAddress(callerEmail(), new DeliveryAddress(city, street, house, flat, postcode));
        FacesMessages.infoAfterRedirect("profile.addressSaved");
        return "/account/profile?faces-redirect=true";
    }

    public String changePassword() {
        if (!newPassword.isConfirmed("password:passwordAgain")) {
            return null;
        }
        if (!accounts.changePassword(callerEmail(), currentPassword, newPassword.getPassword())) {
            FacesMessages.error("password:currentPassword", "profile.currentPasswordWrong");
            return null;
        }
        FacesMessages.infoAfterRedirect("profile.passwordChanged");
        return "/account/profile?faces-redirect=true";
    }

    private static String callerEmail() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public String getFlat() {
        return flat;
    }

    public void setFlat(String flat) {
        this.flat = flat;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }




}
