package org.xieshang.domain.inmemory;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationPlans;

/** Consultation plans kept in memory. Thread-safe. */
public final class InMemoryConsultationPlans implements ConsultationPlans {

    private record Key(CommitteeId committeeId, int year) {
    }

    private final InMemoryStore<Key, ConsultationPlan> store = new InMemoryStore<>("consultation-plan", new InMemoryStore.Shape<>() {
        @Override
        public Key idOf(ConsultationPlan plan) {
            return new Key(plan.committeeId(), plan.year());
        }

        @Override
        public long versionOf(ConsultationPlan plan) {
            return plan.version();
        }

        @Override
        public ConsultationPlan withVersion(ConsultationPlan p, long version) {
            return ConsultationPlan.restore(p.committeeId(), p.year(), p.status(), p.topics(), p.approval(), p.amendments(), p.publicCall(), version);
        }
    });

    @Override
    public Optional<ConsultationPlan> find(CommitteeId committeeId, int year) {
        return store.find(new Key(committeeId, year));
    }

    @Override
    public ConsultationPlan save(ConsultationPlan plan) {
        return store.save(plan);
    }
}
