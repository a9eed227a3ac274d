package org.orderdesk.catalog;

import org.orderdesk.catalog.domain.ProductPicture;

/** A product's picture as the picture servlet sends it: its media type and its bytes. */
public record ProductPictureFile(String contentType, byte[] content) {

    /** A copy of the bytes in and out: a record of an array would otherwise be changeable by whoever holds it. */
    public ProductPictureFile {
        content = content.clone();
    }

    static ProductPictureFile of(ProductPicture picture) {
        return new ProductPictureFile(picture.contentType(), picture.content());
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
