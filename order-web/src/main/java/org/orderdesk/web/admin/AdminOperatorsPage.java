package org.orderdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.security.OperatorRow;
import org.orderdesk.security.SecondFactorResets;

/** The operators, whether each has sign-in codes, and resetting another operator's codes (lost phone). */
@Named
@RequestScoped
public class AdminOperatorsPage {

    @Inject
    private SecondFactorResets resets;

    private String email;
    /** The acting operator's own current code: the step-up a reset needs. */
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 64, message = "{orderdesk.tooLong}")
    private String code;

    public List<OperatorRow> getOperators() {
        return Faces.getContextAttribute(AdminOperatorsPage.class.getName(), resets::operators);
    }

    public String reset() {
        switch (resets.reset(email, code)) {
            case NOT_ANOTHER_OPERATOR -> Messages.addError("reset:email", "operators.notAnotherOperator");
            case WRONG_CODE -> Messages.addError("reset:code", "operators.wrongOwnCode");
            case RESET -> {
                Messages.addFlashGlobalInfo("operators.wasReset", email);
                return "/admin/operators?faces-redirect=true";
            }
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
