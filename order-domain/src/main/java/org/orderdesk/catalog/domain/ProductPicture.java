package org.orderdesk.catalog.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * A product's picture, kept apart from the product so that listing the catalog never drags the image bytes
 * out of the database.
 */
@Entity
@Table(name = "product_picture")
public class ProductPicture {

    @Id
    private Long productId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    private Product product;

    @NotNull
    @Column(nullable = false, length = 100)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ProductPicture() {
        // for JPA
    }

    public ProductPicture(Product product, String contentType, byte[] content) {
        this.product = product;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }
}
