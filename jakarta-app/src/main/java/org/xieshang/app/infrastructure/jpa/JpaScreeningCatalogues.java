package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.CommitteeCatalogue;
import org.xieshang.domain.consultation.ScreeningCatalogue;
import org.xieshang.domain.consultation.ScreeningCatalogues;
import org.xieshang.domain.consultation.ScreeningCategory;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

/** Committees' screening catalogues stored with JPA. Runs inside the caller's transaction. */
public final class JpaScreeningCatalogues implements ScreeningCatalogues {

    private static final Mapper MAPPER = new Mapper();

    private final AggregateStore<ScreeningCatalogueEntity, CommitteeCatalogue> store;

    /** @param em the entity manager, not null */
    public JpaScreeningCatalogues(EntityManager em) {
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<CommitteeCatalogue> find(CommitteeId committeeId) {
        return store.find(committeeId.toString());
    }

    @Override
    public CommitteeCatalogue save(CommitteeCatalogue catalogue) {
        return store.save(catalogue);
    }

    /** Maps catalogues to and from their entity. */
    private static final class Mapper implements Mapping<ScreeningCatalogueEntity, CommitteeCatalogue> {

        @Override
        public String kind() {
            return "screening-catalogue";
        }

        @Override
        public Class<ScreeningCatalogueEntity> entityType() {
            return ScreeningCatalogueEntity.class;
        }

        @Override
        public ScreeningCatalogueEntity newEntity() {
            return new ScreeningCatalogueEntity();
        }

        @Override
        public void copy(CommitteeCatalogue catalogue, ScreeningCatalogueEntity entity) {
            entity.committeeId = catalogue.committeeId().toString();
            entity.categories.clear();
            for (ScreeningCategory category : catalogue.catalogue().categories()) {
                ScreeningCatalogueEntity.CategoryRow row = new ScreeningCatalogueEntity.CategoryRow();
                row.position = entity.categories.size() + 1;
                row.code = category.code();
                row.label = category.label();
                row.consultable = category.consultable();
                entity.categories.add(row);
            }
        }

        @Override
        public CommitteeCatalogue toDomain(ScreeningCatalogueEntity e) {
            return new CommitteeCatalogue(CommitteeId.parse(e.committeeId), new ScreeningCatalogue(e.categories.stream()
                    .sorted(Comparator.comparingInt(r -> r.position)).map(r -> new ScreeningCategory(r.code, r.label, r.consultable)).toList()),
                    e.version);
        }

        @Override
        public String idOf(CommitteeCatalogue catalogue) {
            return catalogue.committeeId().toString();
        }

        @Override
        public long versionOf(CommitteeCatalogue catalogue) {
            return catalogue.version();
        }

        @Override
        public long entityVersion(ScreeningCatalogueEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(CommitteeCatalogue catalogue) {
            return new ConcurrentUpdateException(kind(), catalogue.committeeId(), catalogue.version());
        }
    }
}
