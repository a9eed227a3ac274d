package org.orderdesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.CheckoutRefusedException;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.domain.CancelReason;
import org.orderdesk.order.domain.PaymentState;
import org.orderdesk.payment.PaymentRefusedException;
import org.orderdesk.security.domain.PasswordPolicy;
import org.orderdesk.support.TicketRefusedException;

/**
 * Pages build the keys of enum labels at run time (msg['mailKind.'.concat(kind)], a refusal's messageKey()), so a
 * value added to an enum without its labels shows as ???key??? instead of failing the build. This test makes it
 * fail the build.
 */
class EnumLabelsTest {

    static Stream<Arguments> labelledValues() {
        return Stream.of(values("mailKind.", MailKind.values()), values("orderPage.reason.", CancelReason.values()),
                        values("paymentState.", PaymentState.values()),
                        values("refused.checkout.", CheckoutRefusedException.Reason.values()),
                        values("refused.order.", OrderActionRefusedException.Reason.values()),
                        values("refused.ticket.", TicketRefusedException.Reason.values()),
                        values("refused.payment.", PaymentRefusedException.Reason.values()),
                        values("refused.password.", PasswordPolicy.Weakness.values()))
                .flatMap(keys -> Stream.of("ru", "en").map(language -> Arguments.of(language, keys)));
    }

    private static List<String> values(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> prefix + value.name()).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("labelledValues")
    void everyValueHasALabelInBothLanguages(String language, List<String> keys) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.orderdesk.web.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        for (String key : keys) {
            assertTrue(bundle.containsKey(key), key + " in messages_" + language);
        }
    }
}
