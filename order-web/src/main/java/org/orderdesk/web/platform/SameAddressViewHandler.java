package org.orderdesk.web.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form posts back to the address its page was requested with, query included. Faces' own forms post to the bare
 * view (/account/order.xhtml): the answer to a refused post (a declined card, a cancellation without a reason) then
 * stood at an address without the page's view parameters, so the language switch, which comes back to the address,
 * opened the page without its order, and the address could not be bookmarked or shared. Registered in
 * faces-config.xml.
 */
public class SameAddressViewHandler extends ViewHandlerWrapper {

    private static final String FACES_SUFFIX = ".xhtml";

    public SameAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * Links and redirects ask for the action address too, and add their own parameters to it: only a form being
     * rendered (the component current while it writes its action) gets the request's query, and only when it is
     * the page that was requested (not a page the request was forwarded to, such as "not found").
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String address = super.getActionURL(context, viewId);
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String query = request.getQueryString();
        if (query == null || address.contains("?") || !(UIComponent.getCurrentComponent(context) instanceof UIForm)
                || !withoutSuffix(request.getServletPath()).equals(withoutSuffix(viewId))) {
            return address;
        }
        return address + "?" + query;
    }

    private static String withoutSuffix(String path) {
        return path.endsWith(FACES_SUFFIX) ? path.substring(0, path.length() - FACES_SUFFIX.length()) : path;
    }
}
