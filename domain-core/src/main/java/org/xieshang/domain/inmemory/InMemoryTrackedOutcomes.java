package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedOutcomes;

/** Tracked outcome reports kept in memory. Thread-safe. */
public final class InMemoryTrackedOutcomes implements TrackedOutcomes {

    private final InMemoryStore<ConsultationActivityId, TrackedOutcome> store = new InMemoryStore<>("outcome", new InMemoryStore.Shape<>() {
        @Override
        public ConsultationActivityId idOf(TrackedOutcome outcome) {
            return outcome.activityId();
        }

        @Override
        public long versionOf(TrackedOutcome outcome) {
            return outcome.version();
        }

        @Override
        public TrackedOutcome withVersion(TrackedOutcome outcome, long version) {
            return outcome.withVersion(version);
        }
    });

    @Override
    public Optional<TrackedOutcome> find(ConsultationActivityId activityId) {
        return store.find(activityId);
    }

    @Override
    public TrackedOutcome save(TrackedOutcome outcome) {
        return store.save(outcome);
    }

    @Override
    public List<TrackedOutcome> of(CommitteeId committeeId, int year) {
        return store.filter(o -> o.committeeId().equals(committeeId) && o.reportedOn().getYear() == year).stream()
                .sorted(Comparator.comparing(TrackedOutcome::reportedOn).reversed().thenComparing(o -> o.activityId().toString())).toList();
    }
}
