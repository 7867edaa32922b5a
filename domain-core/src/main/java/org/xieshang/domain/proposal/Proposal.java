package org.xieshang.domain.proposal;

import static org.xieshang.domain.proposal.ProposalAction.ACKNOWLEDGE;
import static org.xieshang.domain.proposal.ProposalAction.ANSWER;
import static org.xieshang.domain.proposal.ProposalAction.ANSWER_INVITATION;
import static org.xieshang.domain.proposal.ProposalAction.ASSIGN;
import static org.xieshang.domain.proposal.ProposalAction.CLOSE;
import static org.xieshang.domain.proposal.ProposalAction.CONVERT;
import static org.xieshang.domain.proposal.ProposalAction.COUNTERSIGN;
import static org.xieshang.domain.proposal.ProposalAction.DECIDE_EXTENSION;
import static org.xieshang.domain.proposal.ProposalAction.DESIGNATE_KEY;
import static org.xieshang.domain.proposal.ProposalAction.EDIT;
import static org.xieshang.domain.proposal.ProposalAction.FILE;
import static org.xieshang.domain.proposal.ProposalAction.GRADE_IMPLEMENTATION;
import static org.xieshang.domain.proposal.ProposalAction.INVITE_CO_SIGNER;
import static org.xieshang.domain.proposal.ProposalAction.LOG_COMMUNICATION;
import static org.xieshang.domain.proposal.ProposalAction.MERGE;
import static org.xieshang.domain.proposal.ProposalAction.RATE;
import static org.xieshang.domain.proposal.ProposalAction.REFUSE_FILING;
import static org.xieshang.domain.proposal.ProposalAction.REHANDLE;
import static org.xieshang.domain.proposal.ProposalAction.REQUEST_EXTENSION;
import static org.xieshang.domain.proposal.ProposalAction.RETURN_FOR_REVISION;
import static org.xieshang.domain.proposal.ProposalAction.SUBMIT;
import static org.xieshang.domain.proposal.ProposalAction.WITHDRAW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A proposal (提案) from draft to closure. Every change goes through {@link ProposalLifecycle} and is recorded in its
 * {@linkplain #history() history} with who, when and why; a refused change leaves the proposal as it was. Immutable.
 *
 * @param id          the identifier, not null
 * @param committeeId the committee it is put to, not null
 * @param year        the year of its session
 * @param origin      during the plenary session or between sessions, not null
 * @param status      where it stands, not null
 * @param proposer    who puts it forward, not null
 * @param content     what it says, not null
 * @param coSigners   members invited to co-sign and their answers (member proposals only), none twice, never the lead
 * @param filing      the filing review's decision, once made
 * @param key         its key-proposal designation, if chosen
 * @param handling    its handling, once assigned
 * @param history     every change, oldest first
 * @param version     stored version
 */
public record Proposal(ProposalId id, CommitteeId committeeId, int year, ProposalOrigin origin, ProposalStatus status, Proposer proposer,
                       ProposalContent content, List<CoSigner> coSigners, Optional<Filing> filing, Optional<KeyDesignation> key,
                       Optional<Handling> handling, List<Transition> history, long version) {

    /** Most co-signers on one proposal. */
    public static final int MAX_CO_SIGNERS = 30;

    /** Validates the parts and how they agree with the status. */
    public Proposal {
        Guard.required(id, "proposalId");
        Guard.required(committeeId, "committeeId");
        Guard.check(year >= 1949 && year <= 9999, "proposal.year.invalid", "year");
        Guard.required(origin, "origin");
        Guard.required(status, "status");
        Guard.required(proposer, "proposer");
        Guard.required(content, "content");
        coSigners = List.copyOf(Guard.required(coSigners, "coSigners"));
        Guard.required(filing, "filing");
        Guard.required(key, "key");
        Guard.required(handling, "handling");
        history = List.copyOf(Guard.required(history, "history"));
        Guard.check(coSigners.isEmpty() || proposer.kind().isMember(), "proposal.co-signers.member-only", "coSigners");
        Guard.check(coSigners.stream().map(CoSigner::memberId).distinct().count() == coSigners.size()
                && coSigners.stream().noneMatch(c -> proposer.leadMember().filter(c.memberId()::equals).isPresent()), "proposal.co-signer.twice", "coSigners");
        Guard.check(handling.isEmpty() || filing.map(f -> f.decision() == FilingDecision.FILED).orElse(false), "proposal.handling.unfiled", "handling");
        Guard.check(version >= 0, "version.negative", "version");
    }

    /**
     * A new draft.
     *
     * @param id          its identifier, not null
     * @param committeeId the committee, not null
     * @param year        the session's year
     * @param origin      plenary or between sessions, not null
     * @param proposer    who puts it forward, not null
     * @param content     what it says, not null
     * @return the draft, version 0, never null
     */
    public static Proposal draft(ProposalId id, CommitteeId committeeId, int year, ProposalOrigin origin, Proposer proposer, ProposalContent content) {
        return new Proposal(id, committeeId, year, origin, ProposalStatus.DRAFT, proposer, content, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), 0);
    }

    // ---- the proposer's part ----

    /**
     * @param newProposer who puts it forward, not null; a member proposal turned collective drops its co-signers
     * @param newContent  what it says, not null
     * @param act         who and when, not null
     * @return the draft changed, never null
     */
    public Proposal edit(Proposer newProposer, ProposalContent newContent, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, EDIT);
        List<CoSigner> kept = Guard.required(newProposer, "proposer").kind().isMember()
                ? coSigners.stream().filter(c -> newProposer.leadMember().filter(c.memberId()::equals).isEmpty()).toList() : List.of();
        return new Proposal(id, committeeId, year, origin, status, newProposer, Guard.required(newContent, "content"), kept, filing, key, handling,
                history, version).moved(EDIT, next, act, null);
    }

    /**
     * @param memberId a member of the committee, not the lead, not yet invited
     * @param act      who and when, not null
     * @return the draft with the invitation, never null
     */
    public Proposal inviteCoSigner(MemberId memberId, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, INVITE_CO_SIGNER);
        Guard.check(proposer.kind().isMember(), "proposal.co-signers.member-only", "coSigners");
        Guard.check(coSigner(Guard.required(memberId, "memberId")).isEmpty() && !proposer.leadMember().get().equals(memberId),
                "proposal.co-signer.twice", "memberId");
        Guard.check(coSigners.size() < MAX_CO_SIGNERS, "proposal.co-signers.too-many", "memberId", MAX_CO_SIGNERS);
        List<CoSigner> invited = append(coSigners, new CoSigner(memberId, CoSignStatus.INVITED));
        return withCoSigners(invited).moved(INVITE_CO_SIGNER, next, act, memberId.toString());
    }

    /**
     * @param memberId the invited member, not null
     * @param accept   whether the member co-signs
     * @param act      who and when, not null
     * @return the draft with the answer, never null
     */
    public Proposal answerInvitation(MemberId memberId, boolean accept, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, ANSWER_INVITATION);
        CoSigner invitation = coSigner(memberId).orElseThrow(() -> new DomainException("proposal.co-signer.not-invited",
                "memberId"));
        Guard.check(invitation.status() == CoSignStatus.INVITED, "proposal.co-signer.answered-already", "memberId");
        CoSigner answered = new CoSigner(memberId, accept ? CoSignStatus.ACCEPTED : CoSignStatus.DECLINED);
        return withCoSigners(coSigners.stream().map(c -> c.memberId().equals(memberId) ? answered : c).toList())
                .moved(ANSWER_INVITATION, next, act, answered.status().name());
    }

    /**
     * Hands the draft in. Invitations not yet answered lapse: only those who co-signed stand with it.
     *
     * @param act who and when, not null
     * @return the proposal submitted, never null
     */
    public Proposal submit(Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, SUBMIT);
        return withCoSigners(coSigners.stream().filter(c -> c.status() != CoSignStatus.INVITED).toList()).moved(SUBMIT, next, act, null);
    }

    /**
     * @param reason why, may be null
     * @param act    who and when, not null
     * @return the proposal withdrawn, never null
     */
    public Proposal withdraw(String reason, Act act) {
        return moved(WITHDRAW, ProposalLifecycle.require(status, WITHDRAW), act, Guard.optionalText(reason, "reason", 1000));
    }

    /**
     * @param memberId the member rating, who must be the lead member; null when the office records the rating of a collective proposer
     * @param satisfaction the verdict, not null
     * @param contacted    whether the unit contacted the proposer
     * @param comment      what the proposer adds; required when unsatisfied
     * @param act          who and when, not null
     * @return the proposal rated, never null
     */
    public Proposal rate(MemberId memberId, Satisfaction satisfaction, boolean contacted, String comment, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, RATE);
        Guard.check(proposer.kind().isMember() ? proposer.leadMember().get().equals(memberId) : memberId == null, "proposal.rating.not-proposer",
                "memberId");
        Handling current = handling.orElseThrow();
        Rating rating = new Rating(current.round(), satisfaction, contacted, Optional.ofNullable(Guard.optionalText(comment, "comment", 2000)),
                act.actor(), act.on());
        return withHandling(current.withRating(rating)).moved(RATE, next, act, satisfaction.name());
    }

    // ---- the proposal office's part ----

    /**
     * @param reason what to revise, not blank
     * @param act    who and when, not null
     * @return the proposal back as a draft, never null
     */
    public Proposal returnForRevision(String reason, Act act) {
        return moved(RETURN_FOR_REVISION, ProposalLifecycle.require(status, RETURN_FOR_REVISION), act, Guard.text(reason, "reason", 1000));
    }

    /**
     * @param number the filing number, unique in the committee's year (the storage enforces it), from 1
     * @param note   the office's remark, may be null
     * @param act    who and when, not null
     * @return the proposal filed, never null
     */
    public Proposal file(int number, String note, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, FILE);
        Filing decision = new Filing(FilingDecision.FILED, Optional.of(number), Optional.empty(), Optional.empty(),
                Optional.ofNullable(Guard.optionalText(note, "note", 1000)), act.on());
        return withFiling(decision).moved(FILE, next, act, "#" + number);
    }

    /**
     * @param reason the coded reason, not null
     * @param note   the office's explanation; required with {@link NotFiledReason#OTHER}
     * @param act    who and when, not null
     * @return the proposal not filed, never null
     */
    public Proposal refuseFiling(NotFiledReason reason, String note, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, REFUSE_FILING);
        Filing decision = new Filing(FilingDecision.NOT_FILED, Optional.empty(), Optional.of(Guard.required(reason, "reason")), Optional.empty(),
                Optional.ofNullable(Guard.optionalText(note, "note", 1000)), act.on());
        return withFiling(decision).moved(REFUSE_FILING, next, act, reason.name());
    }

    /**
     * @param note why it serves better as a social-condition report, may be null
     * @param act  who and when, not null
     * @return the proposal converted, never null
     */
    public Proposal convert(String note, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, CONVERT);
        Filing decision = new Filing(FilingDecision.CONVERTED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(Guard.optionalText(note, "note", 1000)), act.on());
        return withFiling(decision).moved(CONVERT, next, act, decision.note().orElse(null));
    }

    /**
     * @param target the proposal it joins, of the same committee and year, not itself; the caller checks it stands
     * @param act    who and when, not null
     * @return the proposal merged, never null
     */
    public Proposal mergeInto(Proposal target, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, MERGE);
        Guard.check(!target.id().equals(id) && target.committeeId().equals(committeeId) && target.year() == year, "proposal.merge.target",
                "mergedInto");
        Guard.check(target.status() == ProposalStatus.SUBMITTED || target.status() == ProposalStatus.FILED, "proposal.merge.target-status",
                "mergedInto", target.status());
        Filing decision = new Filing(FilingDecision.MERGED, Optional.empty(), Optional.empty(), Optional.of(target.id()), Optional.empty(), act.on());
        return withFiling(decision).moved(MERGE, next, act, target.id().toString());
    }

    /**
     * @param designation the leaders who lead and supervise it, not null
     * @param act         who and when, not null
     * @return the proposal as a key proposal, never null
     */
    public Proposal designateKey(KeyDesignation designation, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, DESIGNATE_KEY);
        return new Proposal(id, committeeId, year, origin, status, proposer, content, coSigners, filing, Optional.of(Guard.required(designation,
                "key")), handling, history, version).moved(DESIGNATE_KEY, next, act, String.join("、", designation.leadingLeaders()));
    }

    /**
     * Assigns the proposal, or assigns it again before the lead unit has acknowledged it.
     *
     * @param assignment the units, mode and deadline, not null; the deadline not before today
     * @param act        who and when, not null
     * @return the proposal assigned, never null
     */
    public Proposal assign(Assignment assignment, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, ASSIGN);
        Guard.required(assignment, "assignment");
        Guard.check(handling.map(h -> h.lead().acknowledgedOn().isEmpty()).orElse(true), "proposal.assignment.acknowledged", "lead");
        Guard.check(assignment.deadline().isAfter(act.on()), "proposal.deadline.past", "deadline");
        return withHandling(Handling.assigned(assignment, act.on())).moved(ASSIGN, next, act, assignment.lead() + " → " + assignment.deadline());
    }

    /**
     * Decides the lead unit's extension request.
     *
     * @param newDeadline the deadline from now on when granted (a working day after the current one), null when refused
     * @param note        the office's reason; required when refused
     * @param act         who and when, not null
     * @return the proposal with its deadline, never null
     */
    public Proposal decideExtension(LocalDate newDeadline, String note, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, DECIDE_EXTENSION);
        Handling current = handling.orElseThrow();
        ExtensionRequest request = current.pendingExtension().orElseThrow(() -> new DomainException(
                "proposal.extension.none-pending", "pendingExtension"));
        Guard.check(newDeadline == null || newDeadline.isAfter(current.deadline()), "proposal.extension.not-later", "newDeadline");
        Extension decided = new Extension(request, newDeadline != null, Optional.ofNullable(newDeadline), act.actor(), act.on(),
                Optional.ofNullable(Guard.optionalText(note, "note", 1000)));
        return withHandling(current.withDecidedExtension(decided)).moved(DECIDE_EXTENSION, next, act,
                newDeadline == null ? decided.note().orElse(null) : newDeadline.toString());
    }

    /**
     * Sends an answer the proposer was not satisfied with back to the units for the next round.
     *
     * @param newDeadline the new round's deadline, after today
     * @param reason      what should be handled again, not blank
     * @param act         who and when, not null
     * @return the proposal being handled again, never null
     */
    public Proposal rehandle(LocalDate newDeadline, String reason, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, REHANDLE);
        Handling current = handling.orElseThrow();
        Guard.check(current.latestRating().map(r -> !r.satisfaction().accepts()).orElse(false), "proposal.rehandle.not-unsatisfied", "status");
        Guard.check(Guard.required(newDeadline, "deadline").isAfter(act.on()), "proposal.deadline.past", "deadline");
        return withHandling(current.nextRound(newDeadline)).moved(REHANDLE, next, act, Guard.text(reason, "reason", 1000));
    }

    /**
     * @param note the office's remark, may be null
     * @param act  who and when, not null
     * @return the proposal closed, never null
     */
    public Proposal close(String note, Act act) {
        return moved(CLOSE, ProposalLifecycle.require(status, CLOSE), act, Guard.optionalText(note, "note", 1000));
    }

    /**
     * @param supervision the grade the Party and government offices gave, not null
     * @param act         who and when, not null
     * @return the proposal with the grade, never null
     */
    public Proposal gradeImplementation(Supervision supervision, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, GRADE_IMPLEMENTATION);
        return withHandling(handling.orElseThrow().withSupervision(Guard.required(supervision, "supervision")))
                .moved(GRADE_IMPLEMENTATION, next, act, supervision.grade().name());
    }

    // ---- the handling units' part ----

    /**
     * @param unitId the unit acknowledging, one the proposal is assigned to
     * @param act    who and when, not null
     * @return the proposal acknowledged; being handled once the lead unit has acknowledged; never null
     */
    public Proposal acknowledge(HandlingUnitId unitId, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, ACKNOWLEDGE);
        Handling current = handling.orElseThrow();
        UnitTask task = taskOf(current, unitId);
        ProposalStatus after = task.role() == UnitRole.LEAD ? ProposalStatus.HANDLING : next;
        return withHandling(current.withTask(task.acknowledge(act.on()))).moved(ACKNOWLEDGE, after, act, unitId.toString());
    }

    /**
     * @param communication the contact, logged by a unit the proposal is assigned to; "after handling" only once answered
     * @param act           who and when, not null
     * @return the proposal with the entry, never null
     */
    public Proposal logCommunication(Communication communication, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, LOG_COMMUNICATION);
        Handling current = handling.orElseThrow();
        taskOf(current, Guard.required(communication, "communication").unitId());
        boolean answered = status == ProposalStatus.ANSWERED || status == ProposalStatus.RATED;
        Guard.check((communication.phase() == CommunicationPhase.AFTER) == answered, answered ? "proposal.communication.after-only"
                : "proposal.communication.not-after-yet", "phase");
        Guard.check(!communication.on().isAfter(act.on()) && !communication.on().isBefore(current.assignedOn()), "proposal.communication.date", "on");
        return withHandling(current.withCommunication(communication)).moved(LOG_COMMUNICATION, next, act, communication.phase().name());
    }

    /**
     * @param unitId  the lead unit, not null
     * @param request how many working days more and why, not null
     * @param act     who and when, not null
     * @return the proposal with the request pending, never null
     */
    public Proposal requestExtension(HandlingUnitId unitId, ExtensionRequest request, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, REQUEST_EXTENSION);
        Handling current = handling.orElseThrow();
        Guard.check(taskOf(current, unitId).role() == UnitRole.LEAD, "proposal.lead-only", "unitId");
        Guard.check(current.pendingExtension().isEmpty(), "proposal.extension.pending", "workingDays");
        return withHandling(current.withPendingExtension(Guard.required(request, "request"))).moved(REQUEST_EXTENSION, next, act, request.reason());
    }

    /**
     * @param unitId  a co-handling unit, not null
     * @param opinion its part of the answer, not blank
     * @param act     who and when, not null
     * @return the proposal countersigned by that unit for this round, never null
     */
    public Proposal countersign(HandlingUnitId unitId, String opinion, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, COUNTERSIGN);
        Handling current = handling.orElseThrow();
        UnitTask task = taskOf(current, unitId);
        Guard.check(task.role() == UnitRole.CO_HANDLING, "proposal.countersign.lead", "unitId");
        Guard.check(!task.hasCountersigned(current.round()), "proposal.countersign.twice", "unitId");
        return withHandling(current.withTask(task.countersign(new Countersign(current.round(), opinion, act.on())))).moved(COUNTERSIGN, next, act,
                unitId.toString());
    }

    /**
     * @param unitId the lead unit, not null; every co-handling unit must have countersigned this round
     * @param result the result class, not null
     * @param text   the answer, not blank
     * @param act    who and when, not null
     * @return the proposal answered, never null
     */
    public Proposal answer(HandlingUnitId unitId, AnswerResult result, String text, Act act) {
        ProposalStatus next = ProposalLifecycle.require(status, ANSWER);
        Handling current = handling.orElseThrow();
        Guard.check(taskOf(current, unitId).role() == UnitRole.LEAD, "proposal.lead-only", "unitId");
        Guard.check(current.missingCountersigns().isEmpty(), "proposal.answer.countersign-missing", "unitId", current.missingCountersigns().size());
        Answer answer = new Answer(current.round(), unitId, result, text, act.on(), current.deadline());
        return withHandling(current.withAnswer(answer)).moved(ANSWER, next, act, result.name());
    }

    // ---- questions ----

    /**
     * @param memberId a member, not null
     * @return the member's invitation to co-sign, if invited
     */
    public Optional<CoSigner> coSigner(MemberId memberId) {
        return coSigners.stream().filter(c -> c.memberId().equals(memberId)).findFirst();
    }

    /** @return the members who stand with it: the lead and those who co-signed, never null */
    public List<MemberId> signatories() {
        List<MemberId> all = new ArrayList<>();
        proposer.leadMember().ifPresent(all::add);
        coSigners.stream().filter(c -> c.status() == CoSignStatus.ACCEPTED).map(CoSigner::memberId).forEach(all::add);
        return all;
    }

    /**
     * @param memberId a member, not null
     * @return whether the member leads it or was invited to co-sign it
     */
    public boolean concerns(MemberId memberId) {
        return proposer.leadMember().filter(memberId::equals).isPresent() || coSigner(memberId).isPresent();
    }

    /**
     * @param unitId a unit, not null
     * @return whether the proposal is assigned to it
     */
    public boolean isAssignedTo(HandlingUnitId unitId) {
        return handling.flatMap(h -> h.task(unitId)).isPresent();
    }

    /** @return the filing number, once filed */
    public Optional<Integer> number() {
        return filing.flatMap(Filing::number);
    }

    /** @return the current deadline, once assigned */
    public Optional<LocalDate> deadline() {
        return handling.map(Handling::deadline);
    }

    /**
     * @param today the committee's day, not null
     * @return whether its answer is due and not given by the deadline
     */
    public boolean isOverdue(LocalDate today) {
        return status.isUnderDeadline() && deadline().map(today::isAfter).orElse(false);
    }

    /**
     * @param stored the version the storage gave it
     * @return this proposal at that version, never null
     */
    public Proposal withVersion(long stored) {
        return new Proposal(id, committeeId, year, origin, status, proposer, content, coSigners, filing, key, handling, history, stored);
    }

    private static UnitTask taskOf(Handling handling, HandlingUnitId unitId) {
        return handling.task(Guard.required(unitId, "unitId"))
                .orElseThrow(() -> new DomainException("proposal.unit.not-assigned", "unitId"));
    }

    private Proposal withCoSigners(List<CoSigner> changed) {
        return new Proposal(id, committeeId, year, origin, status, proposer, content, changed, filing, key, handling, history, version);
    }

    private Proposal withFiling(Filing decision) {
        return new Proposal(id, committeeId, year, origin, status, proposer, content, coSigners, Optional.of(decision), key, handling, history, version);
    }

    private Proposal withHandling(Handling changed) {
        return new Proposal(id, committeeId, year, origin, status, proposer, content, coSigners, filing, key, Optional.of(changed), history, version);
    }

    private Proposal moved(ProposalAction action, ProposalStatus next, Act act, String note) {
        Guard.required(act, "act");
        Transition transition = new Transition(action, status, next, act.actor(), act.at(), Optional.ofNullable(note));
        return new Proposal(id, committeeId, year, origin, next, proposer, content, coSigners, filing, key, handling, append(history, transition),
                version);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
