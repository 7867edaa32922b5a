package org.xieshang.domain.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Versions;

/**
 * The proposal office's use cases (提案委员会/提案科): the filing review, key proposals, assignment alone or as a bundle,
 * extensions, re-handling, closure and the supervision's grade. Deadlines are counted in working days on the
 * committee's calendar. Filing and key selection credit the members' duty files in the same transaction; a conversion
 * hands the proposal to {@link ProposalConversions}, which makes it a social-condition report. Thread-safe if its ports
 * are.
 */
public final class ProposalOffice {

    private final ProposalChanges changes;
    private final HandlingUnits units;
    private final CommitteeCalendars calendars;
    private final HandlingPeriods periods;
    private final ProposalCredits credits;
    private final ProposalConversions conversions;

    /**
     * @param proposals   proposal storage, not null
     * @param units       the handling units, not null
     * @param calendars   the committees' working-day calendars, not null
     * @param periods     the handling periods, not null
     * @param duty        the duty-event port, not null
     * @param conversions what a converted proposal becomes, not null; {@link ProposalConversions#none()} for nothing
     * @param notifier    where notices go, not null
     * @param clock       the committee's clock, not null
     */
    public ProposalOffice(Proposals proposals, HandlingUnits units, CommitteeCalendars calendars, HandlingPeriods periods, DutyEventPublisher duty,
                          ProposalConversions conversions, Notifier notifier, Clock clock) {
        this.changes = new ProposalChanges(Objects.requireNonNull(proposals, "proposals"), Objects.requireNonNull(notifier, "notifier"),
                Objects.requireNonNull(clock, "clock"));
        this.units = Objects.requireNonNull(units, "units");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.periods = Objects.requireNonNull(periods, "periods");
        this.credits = new ProposalCredits(Objects.requireNonNull(duty, "duty"));
        this.conversions = Objects.requireNonNull(conversions, "conversions");
    }

    /** @return the handling periods in force, never null */
    public HandlingPeriods periods() {
        return periods;
    }

    /**
     * @param id the proposal, submitted
     * @param expectedVersion the version read
     * @param reason what to revise
     * @param actor who
     * @return the proposal back with its proposer as a draft, never null
     */
    public Proposal returnForRevision(ProposalId id, long expectedVersion, String reason, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.returnForRevision(reason, act));
    }

    /**
     * Files a submitted proposal under the next number of its year and credits its members.
     *
     * @param id              the proposal, not null
     * @param expectedVersion the version read
     * @param note            the office's remark, may be null
     * @param actor           who, not blank
     * @return the proposal filed, never null
     */
    public Proposal file(ProposalId id, long expectedVersion, String note, String actor) {
        Proposal filed = changes.apply(id, expectedVersion, actor,
                (p, act) -> p.file(changes.proposals().highestNumber(p.committeeId(), p.year()) + 1, note, act));
        credits.filed(filed);
        return filed;
    }

    /**
     * @param id the proposal
     * @param expectedVersion the version read
     * @param reason the coded reason
     * @param note the explanation, required with {@link NotFiledReason#OTHER}
     * @param actor who
     * @return the proposal not filed, never null
     */
    public Proposal refuseFiling(ProposalId id, long expectedVersion, NotFiledReason reason, String note, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.refuseFiling(reason, note, act));
    }

    /**
     * Turns a submitted proposal into a social-condition report: the report is made (through {@link ProposalConversions})
     * before the proposal is saved, so a report refused leaves the proposal as it was.
     *
     * @param id the proposal
     * @param expectedVersion the version read
     * @param note why
     * @param actor who
     * @return the proposal turned into a social-condition report, never null
     */
    public Proposal convert(ProposalId id, long expectedVersion, String note, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> {
            Proposal converted = p.convert(note, act);
            conversions.converted(converted, act);
            return converted;
        });
    }

    /**
     * @param id the proposal to merge
     * @param expectedVersion its version read
     * @param targetId the proposal it joins, submitted or filed, of the same committee and year
     * @param actor who
     * @return the proposal merged, never null
     */
    public Proposal merge(ProposalId id, long expectedVersion, ProposalId targetId, String actor) {
        Proposal target = changes.proposals().find(Guard.required(targetId, "mergedInto"))
                .orElseThrow(() -> new NotFoundException("proposal", "mergedInto", targetId));
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.mergeInto(target, act));
    }

    /**
     * Makes a filed proposal a key proposal, dated today, and credits its lead member the first time.
     *
     * @param id                 the proposal, filed or being handled; not null
     * @param expectedVersion    the version read
     * @param leadingLeaders     who lead its handling (领办), with their posts; at least one
     * @param supervisingLeaders who supervise it (督办), may be empty
     * @param actor              who, not blank
     * @return the key proposal, never null
     */
    public Proposal designateKey(ProposalId id, long expectedVersion, List<String> leadingLeaders, List<String> supervisingLeaders, String actor) {
        boolean first = changes.proposals().require(id).key().isEmpty();
        Proposal key = changes.apply(id, expectedVersion, actor,
                (p, act) -> p.designateKey(new KeyDesignation(leadingLeaders, supervisingLeaders, act.on()), act));
        if (first) {
            credits.keyDesignated(key);
        }
        return key;
    }

    /**
     * Assigns one proposal.
     *
     * @param id              the proposal, filed (or assigned, not yet acknowledged), not null
     * @param expectedVersion the version read
     * @param mode            how it is handled; not {@link HandlingMode#BUNDLED} (see {@link #assignBundle})
     * @param lead            the lead unit, an active unit of the committee
     * @param coUnits         the co-handling units, active units of the committee
     * @param deadline        a working day after today; empty for the default period of the proposal's origin
     * @param actor           who, not blank
     * @return the proposal assigned, never null
     * @throws org.xieshang.domain.shared.DomainException {@code calendar.not-working-day} for a deadline on a day off
     */
    public Proposal assign(ProposalId id, long expectedVersion, HandlingMode mode, HandlingUnitId lead, List<HandlingUnitId> coUnits,
                           Optional<LocalDate> deadline, String actor) {
        Guard.check(Guard.required(mode, "mode") != HandlingMode.BUNDLED, "proposal.assignment.bundle", "mode");
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.assign(
                assignment(p, mode, Optional.empty(), lead, coUnits, deadline, act.on()), act));
    }

    /**
     * Assigns common proposals as one bundle (共性提案打包办理): the same units, the same deadline, one bundle number.
     *
     * @param versions the proposals, each with the version read; at least two, filed, of one committee and year
     * @param lead     the lead unit, not null
     * @param coUnits  the co-handling units, not null
     * @param deadline a working day after today; empty for the default period
     * @param actor    who, not blank
     * @return the proposals assigned, in the order given; never null
     */
    public List<Proposal> assignBundle(Map<ProposalId, Long> versions, HandlingUnitId lead, List<HandlingUnitId> coUnits,
                                       Optional<LocalDate> deadline, String actor) {
        Guard.check(Guard.required(versions, "proposals").size() >= 2, "proposal.bundle.too-small", "proposals");
        List<Proposal> read = new ArrayList<>();
        versions.forEach((id, version) -> {
            Proposal proposal = changes.proposals().require(id);
            Versions.check("proposal", id, proposal.version(), version);
            read.add(proposal);
        });
        Proposal first = read.get(0);
        Guard.check(read.stream().allMatch(p -> p.committeeId().equals(first.committeeId()) && p.year() == first.year()),
                "proposal.bundle.mixed", "proposals");
        Act act = changes.act(actor);
        Assignment assignment = assignment(first, HandlingMode.BUNDLED, Optional.of(BundleId.generate()), lead, coUnits, deadline, act.on());
        List<Proposal> assigned = read.stream().map(p -> p.assign(assignment, act)).toList();
        List<Proposal> saved = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            saved.add(changes.save(read.get(i), assigned.get(i)));
        }
        return saved;
    }

    /**
     * Grants the lead unit's pending request by its working days, counted from the current deadline, or refuses it.
     *
     * @param id the proposal
     * @param expectedVersion the version read
     * @param grant whether to grant it
     * @param note the office's reason, required when refusing
     * @param actor who
     * @return the proposal with its deadline, never null
     */
    public Proposal decideExtension(ProposalId id, long expectedVersion, boolean grant, String note, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> {
            Handling handling = p.handling().orElseThrow(() -> new DomainException("proposal.extension.none-pending",
                    "pendingExtension"));
            LocalDate newDeadline = grant && handling.pendingExtension().isPresent()
                    ? calendar(p).plusWorkingDays(handling.deadline(), handling.pendingExtension().get().workingDays()) : null;
            return p.decideExtension(newDeadline, note, act);
        });
    }

    /**
     * @param id the proposal, rated unsatisfied
     * @param expectedVersion the version read
     * @param deadline a working day after today; empty for the re-handling period
     * @param reason what to handle again
     * @param actor who
     * @return the proposal in its next round, never null
     */
    public Proposal rehandle(ProposalId id, long expectedVersion, Optional<LocalDate> deadline, String reason, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> {
            WorkingDayCalendar calendar = calendar(p);
            LocalDate due = Guard.required(deadline, "deadline").map(d -> calendar.requireWorkingDay(d, "deadline"))
                    .orElseGet(() -> periods.rehandlingDeadline(act.on(), calendar));
            return p.rehandle(due, reason, act);
        });
    }

    /**
     * @param id the proposal, answered or rated
     * @param expectedVersion the version read
     * @param note remark
     * @param actor who
     * @return the proposal closed, never null
     */
    public Proposal close(ProposalId id, long expectedVersion, String note, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.close(note, act));
    }

    /**
     * @param id the proposal, answered
     * @param expectedVersion the version read
     * @param supervision the grade given
     * @param actor who
     * @return the proposal with the grade, never null
     */
    public Proposal gradeImplementation(ProposalId id, long expectedVersion, Supervision supervision, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.gradeImplementation(supervision, act));
    }

    private Assignment assignment(Proposal proposal, HandlingMode mode, Optional<BundleId> bundle, HandlingUnitId lead, List<HandlingUnitId> coUnits,
                                  Optional<LocalDate> deadline, LocalDate today) {
        activeUnit(proposal.committeeId(), Guard.required(lead, "lead"), "lead");
        Guard.required(coUnits, "coUnits").forEach(unit -> activeUnit(proposal.committeeId(), unit, "coUnits"));
        WorkingDayCalendar calendar = calendar(proposal);
        LocalDate due = Guard.required(deadline, "deadline").map(d -> calendar.requireWorkingDay(d, "deadline"))
                .orElseGet(() -> periods.deadline(proposal.origin(), today, calendar));
        return new Assignment(mode, bundle, lead, coUnits, due);
    }

    private void activeUnit(CommitteeId committeeId, HandlingUnitId unitId, String field) {
        HandlingUnit unit = units.requireOf(committeeId, unitId, field);
        Guard.check(unit.active(), "proposal.unit.inactive", field, unit.name());
    }

    private WorkingDayCalendar calendar(Proposal proposal) {
        return calendars.calendarOf(proposal.committeeId());
    }
}
