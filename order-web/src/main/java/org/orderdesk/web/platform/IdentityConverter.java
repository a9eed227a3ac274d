package org.orderdesk.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.function.Function;

/**
 * Text from a URL or a form as one of the shop's identities (an order number, a pickup code), made by the
 * identity's own constructor, which refuses a malformed one. In a form a malformed value is the user's typo and
 * gets the identity's translated message next to the field. In a URL (a view parameter) it names nothing, like a
 * well-formed number of no order: the parameter stays empty and the page answers as it does for an unknown one
 * (404 for an order page, a page without an order for help), instead of a conversion message on a page that
 * cannot show one.
 */
public abstract class IdentityConverter<T> implements Converter<T> {

    private final Function<String, T> identity;
    private final String malformedKey;

    /** The identity's constructor, and the bundle key of the message for a malformed one in a form. */
    protected IdentityConverter(Function<String, T> identity, String malformedKey) {
        this.identity = identity;
        this.malformedKey = malformedKey;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return identity.apply(value.strip());
        } catch (IllegalArgumentException malformed) {
            if (component instanceof UIViewParameter) {
                return null;
            }
            String text = MessageTexts.text(malformedKey);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), malformed);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : value.toString();
    }
}
