package org.orderdesk.web.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.html.HtmlSelectOneMenu;
import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.web.platform.FakeFaces;

class OrderNumberFacesConverterTest {

    private final FakeFaces faces = FakeFaces.inEnglish();
    private final OrderNumberFacesConverter converter = new OrderNumberFacesConverter();

    @AfterEach
    void endRequest() {
        faces.close();
    }

    @Test
    void readsAWellFormedNumberAndWritesItBack() {
        OrderNumber number = converter.getAsObject(faces, new UIViewParameter(), " 10000001-0007 ");

        assertEquals(new OrderNumber("10000001-0007"), number);
        assertEquals("10000001-0007", converter.getAsString(faces, new UIViewParameter(), number));
    }

    @Test
    void anEmptyValueIsNoNumber() {
        assertNull(converter.getAsObject(faces, new HtmlSelectOneMenu(), ""));
        assertNull(converter.getAsObject(faces, new HtmlSelectOneMenu(), null));
        assertEquals("", converter.getAsString(faces, new HtmlSelectOneMenu(), null));
    }

    @Test
    void aMalformedNumberInAUrlNamesNoOrder() {
        assertNull(converter.getAsObject(faces, new UIViewParameter(), "10000001-7"));
        assertNull(converter.getAsObject(faces, new UIViewParameter(), "<script>"));
    }

    @Test
    void aMalformedNumberInAFormIsRefusedWithTheTranslatedMessage() {
        ConverterException refused = assertThrows(ConverterException.class,
                () -> converter.getAsObject(faces, new HtmlSelectOneMenu(), "10000001-7"));

        assertEquals("An order number has 8 digits, a dash and 4 digits, like 10000001-0001.",
                refused.getFacesMessage().getSummary());
    }
}
