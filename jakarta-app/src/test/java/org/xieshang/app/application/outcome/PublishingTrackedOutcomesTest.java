package org.xieshang.app.application.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.inmemory.InMemoryTrackedOutcomes;
import org.xieshang.domain.outcome.Submission;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.shared.ConcurrentUpdateException;

class PublishingTrackedOutcomesTest {

    private static final LocalDate REPORTED = LocalDate.of(2026, 6, 10);

    private final List<TrackedOutcome> published = new ArrayList<>();
    private final PublishingTrackedOutcomes outcomes = new PublishingTrackedOutcomes(new InMemoryTrackedOutcomes(), published::add);

    @Test
    void every_save_puts_the_report_as_stored_into_the_feed_from_its_hand_over_on() {
        TrackedOutcome received = outcomes.save(TrackedOutcome.received(new OutcomeReport(ConsultationActivityId.generate(), CommitteeId.generate(),
                "关于托育服务的协商成果报告", List.of(new Suggestion("扩大普惠托位供给", Optional.empty())), REPORTED)));
        TrackedOutcome submitted = outcomes.save(received.submit(new Submission("中共澄湖市委", REPORTED.plusDays(2), "consultation.demo")));

        assertThat(published).containsExactly(received, submitted);
        assertThat(published).extracting(TrackedOutcome::version).containsExactly(1L, 2L);
        assertThat(outcomes.find(received.activityId())).contains(submitted);
    }

    @Test
    void a_refused_save_puts_nothing_into_the_feed() {
        TrackedOutcome received = outcomes.save(TrackedOutcome.received(new OutcomeReport(ConsultationActivityId.generate(), CommitteeId.generate(),
                "报告", List.of(new Suggestion("建议", Optional.empty())), REPORTED)));
        outcomes.save(received.submit(new Submission("中共澄湖市委", REPORTED, "consultation.demo")));

        assertThatThrownBy(() -> outcomes.save(received.submit(new Submission("澄湖市人民政府", REPORTED, "consultation.demo"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(published).hasSize(2);
    }
}
