package org.orderdesk.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.orderdesk.customer.ContactDetails;
import org.orderdesk.customer.CustomerProfile;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.security.AccountService;
import org.orderdesk.security.PasswordRefusedException;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.security.Authentication;
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
    private Authentication authentication;

    @Inject
    private LanguageSelection languageSelection;

    private CustomerNumber customerNumber;
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
    private String timeZone;
    private final AddressForm address = new AddressForm();
    @PasswordField
    private String currentPassword;
    private final NewPassword newPassword = new NewPassword();

    @PostConstruct
    void load() {
        CustomerProfile profile = customers.profile();
        customerNumber = profile.number();
        email = profile.email();
        displayName = profile.displayName();
        phone = profile.phone();
        language = profile.preferredLanguage();
        timeZone = profile.timeZone().getId();
        address.fillFrom(profile.defaultAddress());
    }

    public String saveContact() {
        customers.updateContact(new ContactDetails(displayName, phone, language,
                ZoneId.of(timeZone)));
        languageSelection.apply(language);
        Messages.addFlashGlobalInfo("profile.saved");
        return "/account/profile?faces-redirect=true";
    }

    public String saveAddress() {
        Optional<DeliveryAddress> valid = AddressValidation.validAddress(address, "address");
        if (valid.isEmpty()) {
            return null;
        }
        customers.updateDefaultAddress(valid.get());
        Messages.addFlashGlobalInfo("profile.addressSaved");
        return "/account/profile?faces-redirect=true";
    }

    public AddressForm getAddress() {
        return address;
    }

    public String changePassword() {
        if (!newPassword.isConfirmed("change-password:passwordAgain")) {
            return null;
        }
        try {
            if (!accounts.changePassword(currentPassword, newPassword.getPassword(),
                    authentication.sessionKey())) {
                Messages.addError("change-password:currentPassword", "profile.currentPasswordWrong");
                return null;
            }
        } catch (PasswordRefusedException refused) {
            NewPassword.explain(refused, "change-password");
            return null;
        }
        authentication.keepSessionAfterNewPassword();
        Messages.addFlashGlobalInfo("profile.passwordChanged");
        return "/account/profile?faces-redirect=true";
    }

    public CustomerNumber getCustomerNumber() {
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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
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
