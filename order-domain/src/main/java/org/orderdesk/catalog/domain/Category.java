package org.orderdesk.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.orderdesk.shared.LocalizedText;

/** A shelf of the catalog. The code is stable and appears in URLs; the name is what customers read. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}")
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Valid
    @Embedded
    private LocalizedText name;

    private int position;

    protected Category() {
        // for JPA
    }

    public Category(String code, LocalizedText name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public int position() {
        return position;
    }
}
