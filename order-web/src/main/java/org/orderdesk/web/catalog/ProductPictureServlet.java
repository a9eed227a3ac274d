package org.orderdesk.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.catalog.ProductPictureFile;

/** Serves product pictures from the database: /pictures/ELE-001.svg */
@WebServlet("/pictures/*")
public class ProductPictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PICTURE_PATH = Pattern.compile("/([A-Z0-9-]{3,32})\\.svg");

    @Inject
    private transient CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ProductPictureFile> picture = pictureFor(request.getPathInfo());
        if (picture.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = picture.get().content();
        response.setContentType(picture.get().contentType());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "public, max-age=86400");
        // An SVG opened on its own is a document: it may not run anything.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.getOutputStream().write(content);
    }

    private Optional<ProductPictureFile> pictureFor(String path) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher matcher = PICTURE_PATH.matcher(path);
        return matcher.matches() ? catalog.picture(matcher.group(1)) : Optional.empty();
    }
}
