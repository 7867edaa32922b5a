package org.xieshang.app.infrastructure.demo;

import static org.xieshang.domain.proposal.AnswerResult.BEING_SOLVED;
import static org.xieshang.domain.proposal.AnswerResult.FOR_REFERENCE;
import static org.xieshang.domain.proposal.AnswerResult.PLANNED;
import static org.xieshang.domain.proposal.AnswerResult.SOLVED;
import static org.xieshang.domain.proposal.CommunicationMethod.FORUM;
import static org.xieshang.domain.proposal.CommunicationMethod.MEETING;
import static org.xieshang.domain.proposal.CommunicationMethod.PHONE;
import static org.xieshang.domain.proposal.CommunicationMethod.SITE_VISIT;
import static org.xieshang.domain.proposal.CommunicationMethod.WRITTEN;
import static org.xieshang.domain.proposal.CommunicationPhase.AFTER;
import static org.xieshang.domain.proposal.CommunicationPhase.BEFORE;
import static org.xieshang.domain.proposal.CommunicationPhase.DURING;
import static org.xieshang.domain.proposal.Satisfaction.BASICALLY_SATISFIED;
import static org.xieshang.domain.proposal.Satisfaction.SATISFIED;
import static org.xieshang.domain.proposal.Satisfaction.UNSATISFIED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.xieshang.app.infrastructure.demo.ProposalStep.Acknowledge;
import org.xieshang.app.infrastructure.demo.ProposalStep.Answer;
import org.xieshang.app.infrastructure.demo.ProposalStep.AnswerInvitation;
import org.xieshang.app.infrastructure.demo.ProposalStep.Assign;
import org.xieshang.app.infrastructure.demo.ProposalStep.Close;
import org.xieshang.app.infrastructure.demo.ProposalStep.Communicate;
import org.xieshang.app.infrastructure.demo.ProposalStep.Convert;
import org.xieshang.app.infrastructure.demo.ProposalStep.Countersign;
import org.xieshang.app.infrastructure.demo.ProposalStep.DecideExtension;
import org.xieshang.app.infrastructure.demo.ProposalStep.DesignateKey;
import org.xieshang.app.infrastructure.demo.ProposalStep.Draft;
import org.xieshang.app.infrastructure.demo.ProposalStep.File;
import org.xieshang.app.infrastructure.demo.ProposalStep.Grade;
import org.xieshang.app.infrastructure.demo.ProposalStep.InviteCoSigner;
import org.xieshang.app.infrastructure.demo.ProposalStep.Merge;
import org.xieshang.app.infrastructure.demo.ProposalStep.Rate;
import org.xieshang.app.infrastructure.demo.ProposalStep.RefuseFiling;
import org.xieshang.app.infrastructure.demo.ProposalStep.Rehandle;
import org.xieshang.app.infrastructure.demo.ProposalStep.RequestExtension;
import org.xieshang.app.infrastructure.demo.ProposalStep.ReturnForRevision;
import org.xieshang.app.infrastructure.demo.ProposalStep.Revise;
import org.xieshang.app.infrastructure.demo.ProposalStep.Submit;
import org.xieshang.app.infrastructure.demo.ProposalStep.Withdraw;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.CommunicationMethod;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.Satisfaction;

/**
 * Plans one committee's demo proposals as dated steps, each along its {@link ProposalStory}: drafted before the
 * session and handed in during it, the filing review, the assignment meeting, then acknowledgement, contacts with the
 * proposer, countersigns, answers and ratings some working days apart, as the timeline counts them. The proposals that
 * must be overdue or due soon take deadlines counted from today. A proposal's steps never go back in time, and it
 * stops at its first step after today, so that an earlier today gives fewer stages rather than dates in the future;
 * without the year's working calendar, or without units to assign to, every proposal stops before assignment. The
 * committee's bundled proposals are assigned together at the meeting. Immutable; each {@link #plan} starts afresh.
 */
final class ProposalPlanner {

    private final ProposalTimeline timeline;
    private final boolean assigns;

    /**
     * @param timeline      the committee's proposal year
     * @param unitsToAssign whether the committee has handling units
     */
    ProposalPlanner(ProposalTimeline timeline, boolean unitsToAssign) {
        this.timeline = timeline;
        this.assigns = timeline.countsDeadlines() && unitsToAssign;
    }

    /**
     * @param catalogue the committee's demo proposals, a merged one right after the one it is merged into
     * @return the steps in the order to take them: by day, and within a day as planned
     */
    List<ProposalStep> plan(List<DemoProposal> catalogue) {
        Plan plan = new Plan();
        for (int slot = 0; slot < catalogue.size(); slot++) {
            new Script(plan, slot, catalogue.get(slot)).write();
        }
        return plan.steps();
    }

    /** The steps planned so far, with what later proposals depend on: filing days (for merges) and the bundle. */
    private final class Plan {

        private final List<Planned> planned = new ArrayList<>();
        private final Map<Integer, LocalDate> filedOn = new HashMap<>();
        private final List<Integer> bundled = new ArrayList<>();
        private int sequence;
        private int bundleSequence = -1;

        void add(ProposalStep step) {
            planned.add(new Planned(step, sequence++));
        }

        /** The bundle is assigned at the meeting, in the place of its first proposal's assignment. */
        void bundle(int slot) {
            if (bundleSequence < 0) {
                bundleSequence = sequence++;
            }
            bundled.add(slot);
        }

        List<ProposalStep> steps() {
            List<Planned> all = new ArrayList<>(planned);
            if (!bundled.isEmpty()) {
                LocalDate meeting = timeline.assignmentMeeting();
                HandlingMode mode = bundled.size() > 1 ? HandlingMode.BUNDLED : HandlingMode.SEPARATE;
                all.add(new Planned(new Assign(meeting, bundled, mode, timeline.plenaryDeadline(meeting)), bundleSequence));
            }
            return all.stream().sorted(Comparator.comparing((Planned p) -> p.step().day()).thenComparingInt(Planned::sequence))
                    .map(Planned::step).toList();
        }
    }

    private record Planned(ProposalStep step, int sequence) {
    }

    /** One proposal's steps, in order. */
    private final class Script {

        private final Plan plan;
        private final int slot;
        private final DemoProposal entry;
        private LocalDate cursor = LocalDate.MIN;
        private boolean stopped;

        Script(Plan plan, int slot, DemoProposal entry) {
            this.plan = plan;
            this.slot = slot;
            this.entry = entry;
        }

        void write() {
            Runnable path = switch (entry.story()) {
                case DRAFT_OWN -> () -> draftBetweenSessions(false);
                case DRAFT_INVITING_DEMO_MEMBER -> () -> draftBetweenSessions(true);
                case WITHDRAWN -> () -> take(timeline.plus(timeline.sessionEnd(), 2), d -> new Withdraw(d, slot));
                case RESUBMITTED -> () -> sentBackAndHandedIn(6, 4);
                case NOT_FILED -> () -> take(review(), d -> new RefuseFiling(d, slot, entry.refusal().orElse(NotFiledReason.OTHER)));
                case MERGED -> this::merge;
                case CONVERTED -> () -> take(review(), d -> new Convert(d, slot));
                case FILED_LATE -> () -> {
                    sentBackAndHandedIn(25, 22);
                    file(ago(10));
                };
                case ASSIGNED_LATE -> () -> {
                    sentBackAndHandedIn(30, 28);
                    file(ago(20));
                    assign(ago(8), timeline::plenaryDeadline);
                    acknowledgeCoUnits(ago(6));
                };
                case UNACKNOWLEDGED -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeCoUnits(at(2));
                };
                case OVERDUE -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(8), BEFORE, MEETING);
                    communicate(at(30), DURING, PHONE);
                    countersignAll(at(35));
                };
                case EXTENDED_OVERDUE -> () -> {
                    LocalDate deadline = fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(10), BEFORE, SITE_VISIT);
                    take(timeline.minus(deadline, 5), d -> new RequestExtension(d, slot, 20));
                    take(timeline.minus(deadline, 3), d -> new DecideExtension(d, slot, true));
                };
                case EXTENSION_PENDING -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(6), BEFORE, FORUM);
                    countersignAll(at(30));
                    take(ago(2), d -> new RequestExtension(d, slot, 30));
                };
                case EXTENSION_REFUSED -> () -> {
                    LocalDate deadline = fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(12), BEFORE, MEETING);
                    take(timeline.minus(deadline, 4), d -> new RequestExtension(d, slot, 30));
                    take(timeline.minus(deadline, 2), d -> new DecideExtension(d, slot, false));
                    communicate(timeline.minus(deadline, 1), DURING, PHONE);
                };
                case DUE_SOON_KEY -> () -> {
                    fileAndAssign(assigned -> timeline.dueSoon().orElseGet(() -> timeline.plenaryDeadline(assigned)));
                    acknowledgeAll(at(1));
                    communicate(at(10), BEFORE, FORUM);
                    communicate(ago(15), DURING, SITE_VISIT);
                    countersign(ago(10), 1);
                };
                case ON_TRACK_SPECIAL -> () -> {
                    fileAndAssign(assigned -> timeline.onTrack().orElseGet(() -> timeline.plenaryDeadline(assigned)));
                    acknowledgeAll(at(2));
                    communicate(at(9), BEFORE, SITE_VISIT);
                    communicate(ago(20), DURING, MEETING);
                    countersign(ago(12), 1);
                };
                case ANSWERED -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(7), BEFORE, PHONE);
                    countersignAll(at(40));
                    answer(at(50), entry.sponsor().kind().isMember() ? BEING_SOLVED : PLANNED);
                    communicate(at(53), AFTER, WRITTEN);
                };
                case RATED_SATISFIED -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(8), BEFORE, MEETING);
                    countersignAll(at(35));
                    answer(at(45), SOLVED);
                    communicate(at(48), AFTER, PHONE);
                    rate(at(53), SATISFIED);
                };
                case RATED_BASIC_GRADED -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(10), BEFORE, PHONE);
                    countersignAll(at(44));
                    answer(at(56), BEING_SOLVED);
                    rate(at(66), BASICALLY_SATISFIED);
                    take(at(130), d -> new Grade(d, slot, ImplementationGrade.B));
                };
                case RATED_UNSATISFIED -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(2));
                    communicate(at(11), BEFORE, WRITTEN);
                    countersignAll(at(46));
                    answer(at(58), FOR_REFERENCE);
                    rate(at(68), UNSATISFIED);
                    take(at(140), d -> new Grade(d, slot, ImplementationGrade.C));
                };
                case REHANDLING_DUE_SOON -> this::rehandlingDueSoon;
                case CLOSED -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(8), BEFORE, MEETING);
                    countersignAll(at(38));
                    answer(at(48), PLANNED);
                    communicate(at(50), AFTER, PHONE);
                    rate(at(56), BASICALLY_SATISFIED);
                    take(at(66), d -> new Close(d, slot));
                };
                case CLOSED_KEY_GRADED -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(6), BEFORE, FORUM);
                    communicate(at(25), DURING, SITE_VISIT);
                    countersignAll(at(36));
                    answer(at(46), SOLVED);
                    communicate(at(49), AFTER, MEETING);
                    rate(at(54), SATISFIED);
                    take(at(60), d -> new Close(d, slot));
                    take(at(120), d -> new Grade(d, slot, ImplementationGrade.A));
                };
                case CLOSED_SECOND_ROUND -> () -> {
                    fileAndAssign(timeline::plenaryDeadline);
                    acknowledgeAll(at(1));
                    communicate(at(8), BEFORE, PHONE);
                    countersignAll(at(32));
                    answer(at(42), PLANNED);
                    rate(at(50), UNSATISFIED);
                    rehandle(at(53), timeline::rehandlingDeadline);
                    countersignAll(at(62));
                    communicate(at(63), DURING, MEETING);
                    answer(at(70), BEING_SOLVED);
                    rate(at(76), SATISFIED);
                    take(at(82), d -> new Close(d, slot));
                };
            };
            if (entry.story() != ProposalStory.DRAFT_OWN && entry.story() != ProposalStory.DRAFT_INVITING_DEMO_MEMBER) {
                handIn();
            }
            path.run();
        }

        /** A proposal between sessions being written now: co-signers invited; those the story wants have answered. */
        private void draftBetweenSessions(boolean invitesDemoMember) {
            LocalDate today = timeline.today();
            take(today.minusDays(6), d -> new Draft(d, slot, ProposalOrigin.BETWEEN_SESSIONS));
            if (invitesDemoMember) {
                take(today.minusDays(3), d -> new InviteCoSigner(d, slot, 0));
            }
            for (int signer = 1; signer <= entry.sponsor().coSigners(); signer++) {
                int ordinal = signer;
                take(today.minusDays(2), d -> new InviteCoSigner(d, slot, ordinal));
                if (invitesDemoMember) {
                    take(today.minusDays(1), d -> new AnswerInvitation(d, slot, ordinal, true));
                }
            }
        }

        /** Drafted the week before the session, co-signed (the third of three declines), handed in during the session. */
        private void handIn() {
            LocalDate start = timeline.sessionStart();
            take(start.minusDays(6), d -> new Draft(d, slot, ProposalOrigin.PLENARY_SESSION));
            int coSigners = entry.sponsor().coSigners();
            for (int signer = 1; signer <= coSigners; signer++) {
                int ordinal = signer;
                take(start.minusDays(5), d -> new InviteCoSigner(d, slot, ordinal));
            }
            for (int signer = 1; signer <= coSigners; signer++) {
                int ordinal = signer;
                boolean accepts = !(ordinal == coSigners && coSigners >= 3);
                take(start.minusDays(4), d -> new AnswerInvitation(d, slot, ordinal, accepts));
            }
            LocalDate sessionDay = start.plusDays(slot % 3);
            take(sessionDay.isAfter(timeline.sessionEnd()) ? timeline.sessionEnd() : sessionDay, d -> new Submit(d, slot));
        }

        private void sentBackAndHandedIn(int revisedDaysAgo, int handedInDaysAgo) {
            take(review(), d -> new ReturnForRevision(d, slot));
            take(ago(revisedDaysAgo), d -> new Revise(d, slot));
            take(ago(handedInDaysAgo), d -> new Submit(d, slot));
        }

        /** Merged into the catalogue's proposal before it, on the day that one is filed. */
        private void merge() {
            LocalDate targetFiled = plan.filedOn.get(slot - 1);
            if (targetFiled == null) {
                stopped = true;
                return;
            }
            take(targetFiled, d -> new Merge(d, slot, slot - 1));
        }

        private void file(LocalDate planned) {
            if (take(planned, d -> new File(d, slot))) {
                plan.filedOn.put(slot, cursor);
            }
        }

        /**
         * Filed at the review, made a key proposal before the meeting if the catalogue names its leaders, and assigned
         * at the meeting (in the bundle, if bundled).
         *
         * @return its deadline, as planned for a proposal assigned at the meeting
         */
        private LocalDate fileAndAssign(Function<LocalDate, LocalDate> deadline) {
            LocalDate meeting = timeline.assignmentMeeting();
            file(review());
            if (entry.isKey()) {
                take(timeline.minus(meeting, 2), d -> new DesignateKey(d, slot));
            }
            if (entry.isBundled()) {
                if (assigns && next(meeting).isPresent()) {
                    plan.bundle(slot);
                } else {
                    stopped = true;
                }
                return timeline.plenaryDeadline(meeting);
            }
            assign(meeting, deadline);
            return deadline.apply(meeting);
        }

        private void assign(LocalDate planned, Function<LocalDate, LocalDate> deadline) {
            if (!assigns) {
                stopped = true;
                return;
            }
            next(planned).ifPresent(day -> {
                LocalDate due = deadline.apply(day);
                if (due.isAfter(day)) {
                    plan.add(new Assign(day, List.of(slot), entry.mode(), due));
                } else {
                    stopped = true;
                }
            });
        }

        /** A second round is decided so that its default period would end on the deadline due soon. */
        private void rehandlingDueSoon() {
            fileAndAssign(timeline::plenaryDeadline);
            acknowledgeAll(at(1));
            communicate(at(9), BEFORE, MEETING);
            countersignAll(at(40));
            answer(at(52), FOR_REFERENCE);
            rate(at(62), UNSATISFIED);
            Optional<LocalDate> dueSoon = timeline.dueSoon();
            rehandle(dueSoon.map(d -> timeline.minus(d, timeline.rehandlingWorkingDays())).orElse(at(65)),
                    decided -> dueSoon.orElseGet(() -> timeline.rehandlingDeadline(decided)));
            if (!stopped) {
                communicate(timeline.plus(cursor, 5), DURING, PHONE);
            }
        }

        private void rehandle(LocalDate planned, Function<LocalDate, LocalDate> deadline) {
            next(planned).ifPresent(day -> {
                LocalDate due = deadline.apply(day);
                if (due.isAfter(day)) {
                    plan.add(new Rehandle(day, slot, due));
                } else {
                    stopped = true;
                }
            });
        }

        private void acknowledgeAll(LocalDate planned) {
            take(planned, d -> new Acknowledge(d, slot, 0));
            acknowledgeCoUnits(planned);
        }

        private void acknowledgeCoUnits(LocalDate planned) {
            for (int unit = 1; unit <= entry.coUnits().size(); unit++) {
                int index = unit;
                take(planned, d -> new Acknowledge(d, slot, index));
            }
        }

        private void countersignAll(LocalDate planned) {
            for (int unit = 1; unit <= entry.coUnits().size(); unit++) {
                countersign(planned, unit);
            }
        }

        private void countersign(LocalDate planned, int unit) {
            if (unit <= entry.coUnits().size()) {
                take(planned, d -> new Countersign(d, slot, unit));
            }
        }

        private void communicate(LocalDate planned, CommunicationPhase phase, CommunicationMethod method) {
            take(planned, d -> new Communicate(d, slot, 0, phase, method));
        }

        private void answer(LocalDate planned, AnswerResult result) {
            take(planned, d -> new Answer(d, slot, result));
        }

        private void rate(LocalDate planned, Satisfaction satisfaction) {
            take(planned, d -> new Rate(d, slot, satisfaction));
        }

        /** @return the filing review's day for this proposal: the office works through them over three days */
        private LocalDate review() {
            return timeline.plus(timeline.filingReview(), slot % 3);
        }

        /** @return so many working days after the assignment meeting */
        private LocalDate at(int workingDays) {
            return timeline.plus(timeline.assignmentMeeting(), workingDays);
        }

        /** @return so many working days before today */
        private LocalDate ago(int workingDays) {
            return timeline.minus(timeline.today(), workingDays);
        }

        /** @return whether the step was planned; a proposal stops at its first step after today */
        private boolean take(LocalDate planned, Function<LocalDate, ProposalStep> step) {
            Optional<LocalDate> day = next(planned);
            day.ifPresent(d -> plan.add(step.apply(d)));
            return day.isPresent();
        }

        /** @return the day of the next step: as planned, or the day of the step before if that is later; none after today */
        private Optional<LocalDate> next(LocalDate planned) {
            if (stopped) {
                return Optional.empty();
            }
            LocalDate day = planned.isBefore(cursor) ? cursor : planned;
            if (day.isAfter(timeline.today())) {
                stopped = true;
                return Optional.empty();
            }
            cursor = day;
            return Optional.of(day);
        }
    }
}
