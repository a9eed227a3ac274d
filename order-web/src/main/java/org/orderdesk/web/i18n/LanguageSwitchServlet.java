package org.orderdesk.web.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.orderdesk.web.platform.LocalPath;
import org.orderdesk.web.platform.SamePage;

/**
 * Where the language switch in every page's header posts (language-switch.xhtml): remembers the language chosen
 * in the language cookie and redirects back to the page the switch was on ("back", query included), so a reload
 * does not post again. POST only (a GET is answered 405): switching changes what the server remembers about the
 * visitor. No session is started.
 * <p>
 * A servlet rather than a Faces form: that form, with its two command buttons, cost every page a good part of its
 * rendering (docs/BENCHMARKS.md, "Page speed"). Forgery is refused as it was for that form: RequestGuardFilter
 * turns away a POST the browser says comes from another site. The Faces form added nothing to that on the pages a
 * visitor mostly sees (the shop window and the product page are stateless: their forms carry no view state to check),
 * and a forged switch changes only the language cookie.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String LANGUAGE = "language";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter(LANGUAGE);
        if (LanguageSelection.isSupported(language)) {
            response.addCookie(LanguageSelection.cookie(language, request.isSecure()));
        }
        response.sendRedirect(request.getContextPath()
                + LocalPath.checked(request.getParameter(SamePage.FIELD)).orElse("/"));
    }
}
