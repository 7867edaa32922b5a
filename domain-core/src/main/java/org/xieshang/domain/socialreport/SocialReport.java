package org.xieshang.domain.socialreport;

import static org.xieshang.domain.socialreport.SocialReportAction.ADOPT;
import static org.xieshang.domain.socialreport.SocialReportAction.DECLINE;
import static org.xieshang.domain.socialreport.SocialReportAction.EDIT;
import static org.xieshang.domain.socialreport.SocialReportAction.EDIT_DRAFT;
import static org.xieshang.domain.socialreport.SocialReportAction.RECORD_INSTRUCTION;
import static org.xieshang.domain.socialreport.SocialReportAction.RECORD_UPPER_ADOPTION;
import static org.xieshang.domain.socialreport.SocialReportAction.REPORT_UPWARD;
import static org.xieshang.domain.socialreport.SocialReportAction.RETURN_FOR_REVISION;
import static org.xieshang.domain.socialreport.SocialReportAction.SUBMIT;
import static org.xieshang.domain.socialreport.SocialReportAction.WITHDRAW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A social-condition report (社情民意信息) from draft to adoption, upward reports and leaders' instructions. Every change
 * goes through {@link SocialReportLifecycle} and is recorded in its {@linkplain #history() history} with who, when and
 * why; a refused change leaves the report as it was. Immutable and thread-safe.
 *
 * @param id             the identifier, not null
 * @param committeeId    the committee it is reported to, not null
 * @param year           the year it counts for
 * @param submitter      the member who writes it and is credited for it, not null
 * @param coAuthors      members who wrote it with the submitter, none twice, never the submitter, at most {@value #MAX_CO_AUTHORS}
 * @param content        what the member wrote, not null
 * @param origin         the proposal it was turned from (转社情民意信息), if any
 * @param status         where it stands, not null
 * @param editing        the office's edited version, once edited
 * @param decision       whether it was adopted, once decided
 * @param upwardReports  the upper bodies it was reported to, each once; only when adopted
 * @param instructions   leaders' instructions on it, oldest first; only when adopted
 * @param history        every change, oldest first
 * @param version        stored version
 */
public record SocialReport(SocialReportId id, CommitteeId committeeId, int year, MemberId submitter, List<MemberId> coAuthors, ReportContent content,
                           Optional<ProposalId> origin, SocialReportStatus status, Optional<Editing> editing, Optional<AdoptionDecision> decision,
                           List<UpwardReport> upwardReports, List<Instruction> instructions, List<ReportTransition> history, long version) {

    /** Most co-authors of one report: as many as a proposal may have co-signers, so that any member's proposal converts. */
    public static final int MAX_CO_AUTHORS = 30;

    /** Validates the parts and how they agree with the status. */
    public SocialReport {
        Guard.required(id, "socialReportId");
        Guard.required(committeeId, "committeeId");
        Guard.check(year >= 1949 && year <= 9999, "social-report.year.invalid", "year");
        Guard.required(submitter, "submitter");
        coAuthors = List.copyOf(Guard.required(coAuthors, "coAuthors"));
        Guard.required(content, "content");
        Guard.required(origin, "origin");
        Guard.required(status, "status");
        Guard.required(editing, "editing");
        Guard.required(decision, "decision");
        upwardReports = List.copyOf(Guard.required(upwardReports, "upwardReports"));
        instructions = List.copyOf(Guard.required(instructions, "instructions"));
        history = List.copyOf(Guard.required(history, "history"));
        Guard.check(coAuthors.stream().distinct().count() == coAuthors.size() && !coAuthors.contains(submitter), "social-report.co-author.twice",
                "coAuthors");
        Guard.check(coAuthors.size() <= MAX_CO_AUTHORS, "social-report.co-authors.too-many", "coAuthors", MAX_CO_AUTHORS);
        Guard.check(decision.map(AdoptionDecision::adopted).orElse(false) == status.isAdopted()
                && (decision.isPresent() || status != SocialReportStatus.NOT_ADOPTED), "social-report.decision.status", "decision");
        Guard.check(status.isAdopted() || upwardReports.isEmpty() && instructions.isEmpty(), "social-report.not-adopted", "status");
        Guard.check(upwardReports.stream().map(UpwardReport::recipient).distinct().count() == upwardReports.size(), "social-report.upward.twice",
                "recipient", upwardReports.isEmpty() ? "" : upwardReports.get(upwardReports.size() - 1).recipient());
        Guard.check(version >= 0, "version.negative", "version");
    }

    /**
     * A new draft.
     *
     * @param id          its identifier, not null
     * @param committeeId the committee, not null
     * @param year        the year it counts for
     * @param submitter   the member writing it, not null
     * @param coAuthors   members writing it with the submitter, not null, may be empty
     * @param content     what it says, not null
     * @param origin      the proposal it is turned from, if any
     * @return the draft, version 0, never null
     */
    public static SocialReport draft(SocialReportId id, CommitteeId committeeId, int year, MemberId submitter, List<MemberId> coAuthors,
                                     ReportContent content, Optional<ProposalId> origin) {
        return new SocialReport(id, committeeId, year, submitter, coAuthors, content, origin, SocialReportStatus.DRAFT, Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), 0);
    }

    // ---- the member's part ----

    /**
     * @param newCoAuthors who writes it with the submitter, not null
     * @param newContent   what it says, not null
     * @param act          who and when, not null
     * @return the draft changed, never null
     */
    public SocialReport editDraft(List<MemberId> newCoAuthors, ReportContent newContent, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, EDIT_DRAFT);
        return moved(EDIT_DRAFT, next, act, null, Guard.required(newCoAuthors, "coAuthors"), Guard.required(newContent, "content"), editing, decision,
                upwardReports, instructions);
    }

    /**
     * @param act who and when, not null
     * @return the report submitted, never null
     */
    public SocialReport submit(Act act) {
        return moved(SUBMIT, SocialReportLifecycle.require(status, SUBMIT), act, origin.map(p -> "proposal " + p).orElse(null));
    }

    /**
     * @param reason why, may be null
     * @param act    who and when, not null
     * @return the report withdrawn, never null
     */
    public SocialReport withdraw(String reason, Act act) {
        return moved(WITHDRAW, SocialReportLifecycle.require(status, WITHDRAW), act, Guard.optionalText(reason, "reason", 1000));
    }

    // ---- the office's part ----

    /**
     * Sends the report back to its member as a draft. An edited version is dropped: the member's revision is edited anew.
     *
     * @param reason what to revise, not blank
     * @param act    who and when, not null
     * @return the report back as a draft, never null
     */
    public SocialReport returnForRevision(String reason, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, RETURN_FOR_REVISION);
        String why = Guard.text(reason, "reason", 1000);
        return moved(RETURN_FOR_REVISION, next, act, why, coAuthors, content, Optional.empty(), decision, upwardReports, instructions);
    }

    /**
     * @param edited the edited title, text and category, not null
     * @param act    who and when, not null
     * @return the report with the office's version, never null
     */
    public SocialReport edit(ReportContent edited, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, EDIT);
        Editing edition = new Editing(Guard.required(edited, "content"), act.actor(), act.on());
        return moved(EDIT, next, act, null, coAuthors, content, Optional.of(edition), decision, upwardReports, instructions);
    }

    /**
     * @param note how it is used, such as the issue it appears in; may be null
     * @param act  who and when, not null
     * @return the report adopted, never null
     */
    public SocialReport adopt(String note, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, ADOPT);
        AdoptionDecision adopted = new AdoptionDecision(true, Optional.ofNullable(note), act.actor(), act.on());
        return moved(ADOPT, next, act, adopted.note().orElse(null), coAuthors, content, editing, Optional.of(adopted), upwardReports, instructions);
    }

    /**
     * @param reason why it is not adopted, for the member to read; not blank
     * @param act    who and when, not null
     * @return the report not adopted, never null
     */
    public SocialReport decline(String reason, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, DECLINE);
        AdoptionDecision declined = new AdoptionDecision(false, Optional.of(Guard.text(reason, "reason", 1000)), act.actor(), act.on());
        return moved(DECLINE, next, act, declined.note().orElseThrow(), coAuthors, content, editing, Optional.of(declined), upwardReports,
                instructions);
    }

    /**
     * @param recipient  the upper body, not blank, not reported to before
     * @param reportedOn the day it was sent: not before the adoption, not after today
     * @param act        who and when, not null
     * @return the report with the upward report, never null
     */
    public SocialReport reportUpward(String recipient, LocalDate reportedOn, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, REPORT_UPWARD);
        UpwardReport sent = UpwardReport.sent(recipient, reportedOn);
        Guard.check(upward(sent.recipient()).isEmpty(), "social-report.upward.twice", "recipient", sent.recipient());
        Guard.check(!reportedOn.isBefore(adoptedOn()) && !reportedOn.isAfter(act.on()), "social-report.upward.date", "reportedOn");
        return moved(REPORT_UPWARD, next, act, sent.recipient(), coAuthors, content, editing, decision, append(upwardReports, sent), instructions);
    }

    /**
     * @param recipient the upper body it was reported to, not yet recorded as adopting it
     * @param adoptedOn the day it adopted it: not before it was sent there, not after today
     * @param note      how it was used, may be null
     * @param act       who and when, not null
     * @return the report with the upper body's adoption, never null
     */
    public SocialReport recordUpperAdoption(String recipient, LocalDate adoptedOn, String note, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, RECORD_UPPER_ADOPTION);
        UpwardReport sent = upward(recipient).orElseThrow(() -> new DomainException("social-report.upward.unknown", "recipient",
                recipient == null ? "" : recipient.strip()));
        Guard.check(!sent.isAdopted(), "social-report.upper-adoption.twice", "recipient", sent.recipient());
        Guard.check(!Guard.required(adoptedOn, "adoptedOn").isAfter(act.on()), "social-report.upper-adoption.date", "adoptedOn");
        UpwardReport adopted = sent.adopted(adoptedOn, note);
        return moved(RECORD_UPPER_ADOPTION, next, act, sent.recipient(), coAuthors, content, editing, decision,
                upwardReports.stream().map(u -> u == sent ? adopted : u).toList(), instructions);
    }

    // ---- leaders ----

    /**
     * @param instruction the leader's instruction, written not before the adoption and not after today
     * @param act         who and when, not null
     * @return the report with the instruction, never null
     */
    public SocialReport recordInstruction(Instruction instruction, Act act) {
        SocialReportStatus next = SocialReportLifecycle.require(status, RECORD_INSTRUCTION);
        Guard.required(instruction, "instruction");
        Guard.check(!instruction.givenOn().isBefore(adoptedOn()) && !instruction.givenOn().isAfter(act.on()), "social-report.instruction.date",
                "givenOn");
        return moved(RECORD_INSTRUCTION, next, act, instruction.leader(), coAuthors, content, editing, decision, upwardReports,
                append(instructions, instruction));
    }

    // ---- questions ----

    /** @return the text as it stands: the office's edited version once there is one, else the member's; never null */
    public ReportContent currentContent() {
        return editing.map(Editing::content).orElse(content);
    }

    /** @return the submitter, then the co-authors; never null */
    public List<MemberId> authors() {
        List<MemberId> all = new ArrayList<>();
        all.add(submitter);
        all.addAll(coAuthors);
        return all;
    }

    /**
     * @param memberId a member, not null
     * @return whether the member wrote it, alone or with others
     */
    public boolean concerns(MemberId memberId) {
        return submitter.equals(memberId) || coAuthors.contains(memberId);
    }

    /** @return when it was last handed in, unless it is a draft (again) or was withdrawn as one */
    public Optional<Instant> submittedAt() {
        if (status == SocialReportStatus.DRAFT) {
            return Optional.empty();
        }
        return history.stream().filter(t -> t.action() == SUBMIT).reduce((first, second) -> second).map(ReportTransition::at);
    }

    /**
     * @param action an action, not null
     * @return how many times its history records it
     */
    public long timesDone(SocialReportAction action) {
        return history.stream().filter(t -> t.action() == action).count();
    }

    /**
     * @param recipient an upper body's name, may be null
     * @return the upward report to it, if the report went there
     */
    public Optional<UpwardReport> upward(String recipient) {
        return upwardReports.stream().filter(u -> u.isTo(recipient)).findFirst();
    }

    /**
     * @param stored the version the storage gave it
     * @return this report at that version, never null
     */
    public SocialReport withVersion(long stored) {
        return new SocialReport(id, committeeId, year, submitter, coAuthors, content, origin, status, editing, decision, upwardReports, instructions,
                history, stored);
    }

    /** Upward reports and instructions come after the adoption; the lifecycle has made sure there is one. */
    private LocalDate adoptedOn() {
        return decision.orElseThrow().decidedOn();
    }

    private SocialReport moved(SocialReportAction action, SocialReportStatus next, Act act, String note) {
        return moved(action, next, act, note, coAuthors, content, editing, decision, upwardReports, instructions);
    }

    /**
     * The report after one action: the changed parts, the new status and the history entry in one construction, so that
     * the constructor checks the new parts against the new status (an adoption decision is only valid once adopted).
     */
    private SocialReport moved(SocialReportAction action, SocialReportStatus next, Act act, String note, List<MemberId> newCoAuthors,
                               ReportContent newContent, Optional<Editing> newEditing, Optional<AdoptionDecision> newDecision,
                               List<UpwardReport> newUpwardReports, List<Instruction> newInstructions) {
        Guard.required(act, "act");
        ReportTransition transition = new ReportTransition(action, status, next, act.actor(), act.at(), Optional.ofNullable(note));
        return new SocialReport(id, committeeId, year, submitter, newCoAuthors, newContent, origin, next, newEditing, newDecision, newUpwardReports,
                newInstructions, append(history, transition), version);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
