package org.orderdesk.web.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.web.platform.FakeFaces;

/** The desk's code field; what every identity's converter shares is in OrderNumberFacesConverterTest. */
class PickupCodeFacesConverterTest {

    private final PickupCodeFacesConverter converter = new PickupCodeFacesConverter();

    @Test
    void aScannedCodeIsReadWithoutTheSpacesAroundIt() {
        try (FakeFaces faces = FakeFaces.inEnglish()) {
            assertEquals(new PickupCode("01234567"), converter.getAsObject(faces, new HtmlInputText(), " 01234567 "));
        }
    }

    @Test
    void aTypoAtTheDeskIsToldNextToTheField() {
        try (FakeFaces faces = FakeFaces.inEnglish()) {
            ConverterException refused = assertThrows(ConverterException.class,
                    () -> converter.getAsObject(faces, new HtmlInputText(), "0123456"));

            assertEquals("A pickup code is 8 digits, like 12345678.", refused.getFacesMessage().getSummary());
        }
    }
}
