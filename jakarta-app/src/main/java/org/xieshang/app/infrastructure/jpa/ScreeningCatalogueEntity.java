package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A committee's {@link org.xieshang.domain.consultation.CommitteeCatalogue} with its categories in order. */
@Entity
@Table(name = "screening_catalogue")
public class ScreeningCatalogueEntity {

    @Id
    @Column(name = "committee_id", length = 36)
    String committeeId;

    @ElementCollection
    @CollectionTable(name = "screening_category", joinColumns = @JoinColumn(name = "committee_id"))
    List<CategoryRow> categories = new ArrayList<>();

    @Version
    long version;

    /** One category. */
    @Embeddable
    public static class CategoryRow {
        @Column(nullable = false)
        int position;
        @Column(nullable = false, length = 40)
        String code;
        @Column(nullable = false, length = 200)
        String label;
        @Convert(converter = FlagConverter.class)
        @Column(nullable = false)
        Boolean consultable;
    }
}
