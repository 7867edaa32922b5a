package org.xieshang.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.inmemory.InMemoryHandlingUnits;
import org.xieshang.domain.inmemory.InMemoryTrackedOutcomes;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Recipient;
import org.xieshang.domain.testkit.DomainErrors;
import org.xieshang.domain.testkit.TestClock;

/** A consultation outcome followed to its end: submission, instruction, each suggestion assigned, answered, carried out and followed up. */
class OutcomeTrackingTest {

    private static final CommitteeId COMMITTEE = CommitteeId.generate();

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 6, 1, 9, 0));
    private final InMemoryTrackedOutcomes outcomes = new InMemoryTrackedOutcomes();
    private final InMemoryHandlingUnits units = new InMemoryHandlingUnits();
    private final List<Notice> notices = new ArrayList<>();
    private final OutcomeTracking tracking = new OutcomeTracking(outcomes, units, notices::add, clock);
    private final HandlingUnitId civilAffairs = units.save(HandlingUnit.register(HandlingUnitId.generate(), COMMITTEE, "澄湖市民政局",
            HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null)).id();

    /** Where each action leads from each status; absent: refused. */
    private static final Map<SuggestionStatus, Set<SuggestionAction>> SPECIFIED = Map.of(
            SuggestionStatus.PENDING, Set.of(SuggestionAction.ASSIGN),
            SuggestionStatus.ASSIGNED, Set.of(SuggestionAction.ASSIGN, SuggestionAction.RECORD_ADOPTION, SuggestionAction.SUPERVISE),
            SuggestionStatus.ADOPTED, Set.of(SuggestionAction.RECORD_IMPLEMENTATION, SuggestionAction.SUPERVISE, SuggestionAction.FOLLOW_UP),
            SuggestionStatus.PARTLY_ADOPTED, Set.of(SuggestionAction.RECORD_IMPLEMENTATION, SuggestionAction.SUPERVISE, SuggestionAction.FOLLOW_UP),
            SuggestionStatus.NOT_ADOPTED, Set.of(SuggestionAction.SUPERVISE, SuggestionAction.FOLLOW_UP),
            SuggestionStatus.IMPLEMENTED, Set.of(SuggestionAction.SUPERVISE, SuggestionAction.FOLLOW_UP));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(SuggestionStatus.values())
                .flatMap(status -> Arrays.stream(SuggestionAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyPair")
    void each_suggestion_status_allows_exactly_the_actions_the_loop_names(SuggestionStatus status, SuggestionAction action) {
        assertThat(SuggestionLifecycle.allowedIn(status).contains(action)).isEqualTo(SPECIFIED.get(status).contains(action));
        TrackedOutcome outcome = reportWithSuggestionIn(status);
        LocalDate day = LocalDate.of(2026, 7, 1);
        TrackingEntry entry = new TrackingEntry(action, "consultation.office", "记录", day);
        Runnable attempt = () -> {
            switch (action) {
                case ASSIGN -> outcome.assign(1, HandlingUnitId.generate(), day.plusDays(30), entry);
                case RECORD_ADOPTION -> outcome.recordAdoption(1, AdoptionResult.ADOPTED, entry);
                case RECORD_IMPLEMENTATION -> outcome.recordImplementation(1, entry);
                case SUPERVISE -> outcome.supervise(1, entry);
                case FOLLOW_UP -> outcome.followUp(1, entry);
            }
        };
        if (SPECIFIED.get(status).contains(action)) {
            attempt.run();
        } else {
            assertThat(DomainErrors.codeOf(attempt)).isEqualTo("outcome.action.not-allowed");
        }
    }

    @Test
    void a_report_goes_up_and_each_suggestion_is_followed_to_its_answer() {
        tracking.handOver(report());
        ConsultationActivityId id = outcomes.of(COMMITTEE, 2026).get(0).activityId();
        TrackedOutcome received = outcomes.require(id);
        assertThat(DomainErrors.codeOf(() -> tracking.assign(id, received.version(), 1, civilAffairs, LocalDate.of(2026, 7, 1), "请研究", "office")))
                .as("not before submission").isEqualTo("outcome.assign.not-submitted");
        assertThat(DomainErrors.codeOf(() -> tracking.handOver(report()))).isEqualTo("outcome.received-already");

        TrackedOutcome submitted = tracking.submit(id, received.version(), "中共澄湖市委、澄湖市人民政府", LocalDate.of(2026, 6, 1), "office");
        TrackedOutcome instructed = tracking.instruct(id, submitted.version(), new Instruction("市长 李某", "请市民政局牵头研究落实。", LocalDate.of(2026, 6, 1)));
        assertThat(instructed.stage()).isEqualTo(OutcomeStage.INSTRUCTED);
        TrackedOutcome assigned = tracking.assign(id, instructed.version(), 1, civilAffairs, LocalDate.of(2026, 7, 1), "请研究采纳", "office");
        assertThat(notices).extracting(Notice::recipient).containsExactly(Recipient.unit(civilAffairs));
        assertThat(assigned.suggestion(1).isOverdue(LocalDate.of(2026, 7, 2))).isTrue();

        clock.setTo(LocalDateTime.of(2026, 6, 20, 9, 0));
        TrackedOutcome adopted = tracking.recordAdoption(id, assigned.version(), 1, AdoptionResult.PARTLY_ADOPTED, "部分采纳，列入明年计划", "office");
        TrackedOutcome done = tracking.recordImplementation(id, adopted.version(), 1, "已建成三处助餐点", "office");
        TrackedOutcome supervised = tracking.supervise(id, done.version(), 1, "市政府督查室", "已落实", LocalDate.of(2026, 6, 20));
        TrackedOutcome followed = tracking.followUp(id, supervised.version(), 1, "视察发现运行良好", "office");

        assertThat(followed.suggestion(1).status()).isEqualTo(SuggestionStatus.IMPLEMENTED);
        assertThat(followed.suggestion(1).log()).extracting(TrackingEntry::action).containsExactly(SuggestionAction.ASSIGN,
                SuggestionAction.RECORD_ADOPTION, SuggestionAction.RECORD_IMPLEMENTATION, SuggestionAction.SUPERVISE, SuggestionAction.FOLLOW_UP);
        assertThat(followed.suggestion(2).status()).as("each suggestion on its own").isEqualTo(SuggestionStatus.PENDING);
        assertThat(followed.answered()).isOne();
        assertThat(DomainErrors.codeOf(() -> tracking.followUp(id, supervised.version(), 1, "过期版本", "office"))).isEqualTo("concurrent-update");
    }

    private static OutcomeReport report() {
        return new OutcomeReport(ACTIVITY, COMMITTEE, "关于发展社区助餐服务的协商成果",
                List.of(new Suggestion("扩大社区助餐点覆盖", Optional.of("市民政局")), new Suggestion("完善助餐补贴", Optional.empty())),
                LocalDate.of(2026, 5, 28));
    }

    private static final ConsultationActivityId ACTIVITY = ConsultationActivityId.generate();

    private static TrackedOutcome reportWithSuggestionIn(SuggestionStatus status) {
        LocalDate day = LocalDate.of(2026, 6, 2);
        TrackedOutcome outcome = TrackedOutcome.received(report()).submit(new Submission("市委", day, "office"));
        TrackingEntry entry = new TrackingEntry(SuggestionAction.ASSIGN, "office", "请办理", day);
        TrackedOutcome assigned = status == SuggestionStatus.PENDING ? outcome : outcome.assign(1, HandlingUnitId.generate(), day.plusDays(20), entry);
        return switch (status) {
            case PENDING, ASSIGNED -> assigned;
            case ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED -> assigned.recordAdoption(1, AdoptionResult.valueOf(status.name()), entry);
            case IMPLEMENTED -> assigned.recordAdoption(1, AdoptionResult.ADOPTED, entry).recordImplementation(1, entry);
        };
    }
}
