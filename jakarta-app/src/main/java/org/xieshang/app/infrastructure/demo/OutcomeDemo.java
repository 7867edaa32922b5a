package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.outcome.AdoptionResult;
import org.xieshang.domain.outcome.OutcomeStage;
import org.xieshang.domain.outcome.OutcomeTracking;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedOutcomes;
import org.xieshang.domain.outcome.TrackedSuggestion;

/**
 * The demo's follow-up of this year's outcome reports, which {@link ConsultationDemo} hands over: each report is
 * submitted by the Party group a few days after it was handed over, instructed by the committee's Party secretary, and
 * its suggestions assigned to the departments they address; the first suggestion of a report is adopted, carried out,
 * supervised and followed up, the second partly adopted and supervised, the third left unanswered, so that it turns
 * overdue. The city's newest report stays submitted, waiting for a leader's instruction. Every step is recorded as on
 * its own day, through the same use case as the screens; a step whose day has not come is left for later, and nothing
 * is dated after today. Plain Java over the domain's ports: the caller supplies the transaction.
 */
final class OutcomeDemo {

    /** The demo account that records the consultation office's steps. */
    static final String OFFICE = "consultation.demo";

    private static final int SUBMITTED_AFTER = 3;
    private static final int INSTRUCTED_AFTER = 10;
    private static final int ASSIGNED_AFTER = 14;
    private static final String REQUEST = "请研究采纳，并于答复期限前书面答复政协。";
    private static final String INSTRUCTION = "请分管领导牵头，有关部门认真研究采纳，抓好落实，按期反馈。";

    /** What becomes of each suggestion, by its place in the report (the fourth goes as the first, and so on). */
    private static final List<SuggestionPlan> PLANS = List.of(
            new SuggestionPlan(45, Optional.of(AdoptionResult.ADOPTED), 20, "采纳。已列入本部门年度重点工作，明确分管领导和责任科室，按季度推进。",
                    Optional.of(60), Optional.of(75), "推进情况良好，请继续抓好落实，按期报送进展。", Optional.of(100)),
            new SuggestionPlan(30, Optional.of(AdoptionResult.PARTLY_ADOPTED), 25, "部分采纳。符合现行政策的部分已着手办理，其余部分纳入明年统筹研究。",
                    Optional.empty(), Optional.of(50), "部分措施尚未落地，已督促部门限期整改。", Optional.empty()),
            new SuggestionPlan(40, Optional.empty(), 0, "", Optional.empty(), Optional.empty(), "", Optional.empty()));

    private final Committees committees;
    private final TrackedOutcomes outcomes;
    private final HandlingUnits units;
    private final Notifier notifier;
    private final DemoCalendar calendar;

    OutcomeDemo(Committees committees, TrackedOutcomes outcomes, HandlingUnits units, Notifier notifier, DemoCalendar calendar) {
        this.committees = committees;
        this.outcomes = outcomes;
        this.units = units;
        this.notifier = notifier;
        this.calendar = calendar;
    }

    /**
     * @return how many reports it took further; 0 without the demo city committee, and once any of this year's reports
     *         has left the stage it was handed over in (by an earlier load, or by staff)
     */
    int load() {
        Optional<Committee> city = committees.find(DemoIds.committee(ConsultationCatalogue.city().committeeKey()));
        if (city.isEmpty()) {
            return 0;
        }
        List<Committee> all = new ArrayList<>(List.of(city.get()));
        all.addAll(committees.childrenOf(city.get().id()));
        int year = calendar.today().getYear();
        boolean touched = all.stream().flatMap(c -> outcomes.of(c.id(), year).stream()).anyMatch(o -> o.stage() != OutcomeStage.RECEIVED);
        if (touched) {
            return 0;
        }
        int followed = 0;
        for (Committee committee : all) {
            List<TrackedOutcome> reports = outcomes.of(committee.id(), year);
            for (int i = 0; i < reports.size(); i++) {
                boolean waitsForLeader = committee.level() == CommitteeLevel.CITY && i == 0;
                follow(committee, reports.get(i), waitsForLeader);
                followed++;
            }
        }
        return followed;
    }

    private void follow(Committee committee, TrackedOutcome report, boolean waitsForLeader) {
        LocalDate reported = report.reportedOn();
        // Submitted in any case, at the latest today: the leaders' page needs a report waiting for them.
        LocalDate submittedOn = calendar.notAfterToday(reported.plusDays(SUBMITTED_AFTER));
        TrackedOutcome o = on(submittedOn).submit(report.activityId(), report.version(), partyAndGovernment(committee), submittedOn, OFFICE);
        LocalDate instructedOn = reported.plusDays(INSTRUCTED_AFTER);
        if (waitsForLeader || !calendar.hasHappened(instructedOn)) {
            return;
        }
        o = on(instructedOn).instruct(o.activityId(), o.version(), new Instruction(partySecretary(committee), INSTRUCTION, instructedOn));
        LocalDate assignedOn = reported.plusDays(ASSIGNED_AFTER);
        if (!calendar.hasHappened(assignedOn)) {
            return;
        }
        for (TrackedSuggestion s : o.suggestions()) {
            o = followSuggestion(committee, o, s, assignedOn, PLANS.get((s.number() - 1) % PLANS.size()));
        }
    }

    /** Takes one suggestion as far as its plan's days have come, each step on its day. */
    private TrackedOutcome followSuggestion(Committee committee, TrackedOutcome report, TrackedSuggestion s, LocalDate assignedOn,
                                            SuggestionPlan plan) {
        int n = s.number();
        TrackedOutcome o = on(assignedOn).assign(report.activityId(), report.version(), n, department(committee, s), assignedOn.plusDays(plan.answerWithin()),
                REQUEST, OFFICE);
        if (plan.result().isEmpty() || !calendar.hasHappened(assignedOn.plusDays(plan.answeredAfter()))) {
            return o;
        }
        o = on(assignedOn.plusDays(plan.answeredAfter())).recordAdoption(o.activityId(), o.version(), n, plan.result().get(), plan.gist(), OFFICE);
        if (plan.implementedAfter().isPresent() && calendar.hasHappened(assignedOn.plusDays(plan.implementedAfter().get()))) {
            o = on(assignedOn.plusDays(plan.implementedAfter().get())).recordImplementation(o.activityId(), o.version(), n,
                    "已出台实施方案并组织实施，阶段性目标已完成。", OFFICE);
        }
        if (plan.supervisedAfter().isPresent() && calendar.hasHappened(assignedOn.plusDays(plan.supervisedAfter().get()))) {
            LocalDate supervisedOn = assignedOn.plusDays(plan.supervisedAfter().get());
            o = on(supervisedOn).supervise(o.activityId(), o.version(), n, "中共" + committee.region() + "委督查室", plan.finding(), supervisedOn);
        }
        if (plan.followedUpAfter().isPresent() && calendar.hasHappened(assignedOn.plusDays(plan.followedUpAfter().get()))) {
            o = on(assignedOn.plusDays(plan.followedUpAfter().get())).followUp(o.activityId(), o.version(), n,
                    "政协组织委员视察，实地查看落实情况，群众反映较好。", OFFICE);
        }
        return o;
    }

    /** The use case as on a past day: it dates its log entries and checks "not after today" by its clock. */
    private OutcomeTracking on(LocalDate day) {
        return new OutcomeTracking(outcomes, units, notifier, calendar.clockOn(day));
    }

    /** The department the suggestion names when the committee registers it, else the committee's first active unit. */
    private HandlingUnitId department(Committee committee, TrackedSuggestion s) {
        List<HandlingUnit> active = units.ofCommittee(committee.id(), true);
        return active.stream().filter(u -> s.addressee().filter(u.name()::equals).isPresent()).findFirst().orElse(active.get(0)).id();
    }

    private static String partyAndGovernment(Committee committee) {
        return "中共" + committee.region() + "委、" + committee.region() + "人民政府";
    }

    /** The city's Party secretary is the demo leader account's person; the county's has no account. */
    private static String partySecretary(Committee committee) {
        return committee.level() == CommitteeLevel.CITY ? "市委书记 " + DemoAccounts.LEADER_NAME : "县委书记 林国栋";
    }

    /**
     * What becomes of a suggestion, in days after its assignment.
     *
     * @param answerWithin     the days the department is given to answer
     * @param result           its answer; empty: it does not answer
     * @param answeredAfter    when it answers
     * @param gist             what it answers
     * @param implementedAfter when it is carried out, if it is
     * @param supervisedAfter  when the Party committee's supervision office looks at it, if it does
     * @param finding          what the supervision finds
     * @param followedUpAfter  when the committee's members inspect it, if they do
     */
    private record SuggestionPlan(int answerWithin, Optional<AdoptionResult> result, int answeredAfter, String gist, Optional<Integer> implementedAfter,
                                  Optional<Integer> supervisedAfter, String finding, Optional<Integer> followedUpAfter) {
    }
}
