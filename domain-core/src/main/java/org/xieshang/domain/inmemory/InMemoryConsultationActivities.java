package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationActivityId;

/** Consultation activities kept in memory. Thread-safe. */
public final class InMemoryConsultationActivities implements ConsultationActivities {

    private final InMemoryStore<ConsultationActivityId, ConsultationActivity> store = new InMemoryStore<>("consultation-activity",
            new InMemoryStore.Shape<>() {
                @Override
                public ConsultationActivityId idOf(ConsultationActivity activity) {
                    return activity.id();
                }

                @Override
                public long versionOf(ConsultationActivity activity) {
                    return activity.version();
                }

                @Override
                public ConsultationActivity withVersion(ConsultationActivity a, long version) {
                    return ConsultationActivity.restore(a.id(), a.committeeId(), a.year(), a.topicId(), a.title(), a.form(), a.process(),
                            a.participants(), a.meeting(), a.joint(), a.outcomeReportedOn(), version);
                }
            });

    @Override
    public Optional<ConsultationActivity> find(ConsultationActivityId id) {
        return store.find(id);
    }

    @Override
    public ConsultationActivity save(ConsultationActivity activity) {
        return store.save(activity);
    }

    @Override
    public List<ConsultationActivity> ofCommittee(CommitteeId committeeId, int year) {
        return store.filter(a -> a.year() == year && a.takesPart(committeeId)).stream()
                .sorted(Comparator.comparing(ConsultationActivity::title).thenComparing(a -> a.id().value())).toList();
    }
}
