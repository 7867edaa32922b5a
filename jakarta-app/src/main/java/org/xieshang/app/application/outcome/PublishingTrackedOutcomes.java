package org.xieshang.app.application.outcome;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedOutcomes;

/**
 * The tracked outcomes, every report saved also put into the change feed in the save's own transaction: its hand-over
 * by the consultation, each step of the office and each instruction, whichever use case or loader saves it.
 */
final class PublishingTrackedOutcomes implements TrackedOutcomes {

    private final TrackedOutcomes stored;
    private final Consumer<TrackedOutcome> publish;

    /**
     * @param stored  where the reports are kept, not null
     * @param publish puts a report as saved into the feed, not null
     */
    PublishingTrackedOutcomes(TrackedOutcomes stored, Consumer<TrackedOutcome> publish) {
        this.stored = stored;
        this.publish = publish;
    }

    @Override
    public Optional<TrackedOutcome> find(ConsultationActivityId activityId) {
        return stored.find(activityId);
    }

    @Override
    public TrackedOutcome save(TrackedOutcome outcome) {
        TrackedOutcome saved = stored.save(outcome);
        publish.accept(saved);
        return saved;
    }

    @Override
    public List<TrackedOutcome> of(CommitteeId committeeId, int year) {
        return stored.of(committeeId, year);
    }
}
