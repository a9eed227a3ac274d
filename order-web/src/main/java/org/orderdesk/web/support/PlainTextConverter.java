package org.orderdesk.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Text typed into a textarea, with its line breaks as one character each: browsers send CRLF, which would make a
 * message that fitted the field's maxlength too long for the server's limit.
 */
@FacesConverter("orderdesk.plainText")
public class PlainTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isEmpty() ? null : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
