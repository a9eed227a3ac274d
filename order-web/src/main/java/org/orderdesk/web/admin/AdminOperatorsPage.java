package org.orderdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.orderdesk.security.OperatorRow;
import org.orderdesk.security.SecondFactorResets;
import org.orderdesk.web.platform.FacesMessages;
import org.orderdesk.web.platform.PerRequest;

/** The operators, whether each has sign-in codes, and resetting another operator's codes (lost phone). */
@Named
@RequestScoped
public class AdminOperatorsPage {

    @Inject
    private SecondFactorResets resets;

    private String email;

    public List<OperatorRow> getOperators() {
        return PerRequest.get(AdminOperatorsPage.class, resets::operators);
    }

    public String reset() {
        if (!resets.reset(email)) {
            FacesMessages.error("reset:email", "operators.notAnotherOperator");
            return null;
        }
        FacesMessages.infoAfterRedirect("operators.wasReset", email);
        return "/admin/operators?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
