package org.xieshang.domain.inmemory;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.CommitteeCatalogue;
import org.xieshang.domain.consultation.ScreeningCatalogues;

/** Committees' screening catalogues kept in memory. Thread-safe. */
public final class InMemoryScreeningCatalogues implements ScreeningCatalogues {

    private final InMemoryStore<CommitteeId, CommitteeCatalogue> store = new InMemoryStore<>("screening-catalogue", new InMemoryStore.Shape<>() {
        @Override
        public CommitteeId idOf(CommitteeCatalogue catalogue) {
            return catalogue.committeeId();
        }

        @Override
        public long versionOf(CommitteeCatalogue catalogue) {
            return catalogue.version();
        }

        @Override
        public CommitteeCatalogue withVersion(CommitteeCatalogue c, long version) {
            return new CommitteeCatalogue(c.committeeId(), c.catalogue(), version);
        }
    });

    @Override
    public Optional<CommitteeCatalogue> find(CommitteeId committeeId) {
        return store.find(committeeId);
    }

    @Override
    public CommitteeCatalogue save(CommitteeCatalogue catalogue) {
        return store.save(catalogue);
    }
}
