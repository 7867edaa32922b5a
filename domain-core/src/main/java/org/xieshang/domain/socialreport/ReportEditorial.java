package org.xieshang.domain.socialreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalConversions;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.shared.Guard;

/**
 * The committee's information office on social-condition reports (信息科): return a report for revision, edit it
 * (编辑加工), adopt it or not, report it to upper bodies and record their adoption. Adoption and the first upward report
 * credit the submitter's duty file. It also makes the report a proposal is turned into ({@link ProposalConversions}).
 * Every change names the version the caller read. Thread-safe if its ports are.
 */
public final class ReportEditorial implements ProposalConversions {

    private final ReportChanges changes;

    /**
     * @param reports  report storage, not null
     * @param duty     the duty-event port, not null
     * @param notifier where notices go, not null
     * @param clock    the committee's clock, not null
     */
    public ReportEditorial(SocialReports reports, DutyEventPublisher duty, Notifier notifier, Clock clock) {
        this.changes = new ReportChanges(Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(duty, "duty"),
                Objects.requireNonNull(notifier, "notifier"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param id              a submitted or edited report, not null
     * @param expectedVersion the version read
     * @param reason          what to revise, not blank
     * @param actor           who, not blank
     * @return the report back with its member as a draft, never null
     */
    public SocialReport returnForRevision(SocialReportId id, long expectedVersion, String reason, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> r.returnForRevision(reason, act));
    }

    /**
     * @param id              a submitted or edited report, not null
     * @param expectedVersion the version read
     * @param edited          the edited title, text and category, not null
     * @param actor           who, not blank
     * @return the report with the office's version, never null
     */
    public SocialReport edit(SocialReportId id, long expectedVersion, ReportContent edited, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> r.edit(edited, act));
    }

    /**
     * @param id              an edited report, not null
     * @param expectedVersion the version read
     * @param note            how it is used, may be null
     * @param actor           who, not blank
     * @return the report adopted, never null
     */
    public SocialReport adopt(SocialReportId id, long expectedVersion, String note, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> r.adopt(note, act));
    }

    /**
     * @param id              a submitted or edited report, not null
     * @param expectedVersion the version read
     * @param reason          why not, for the member to read; not blank
     * @param actor           who, not blank
     * @return the report not adopted, never null
     */
    public SocialReport decline(SocialReportId id, long expectedVersion, String reason, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> r.decline(reason, act));
    }

    /**
     * @param id              an adopted report, not null
     * @param expectedVersion the version read
     * @param recipient       the upper body, not reported to before; not blank
     * @param reportedOn      the day it was sent; empty for today
     * @param actor           who, not blank
     * @return the report with the upward report, never null
     */
    public SocialReport reportUpward(SocialReportId id, long expectedVersion, String recipient, Optional<LocalDate> reportedOn, String actor) {
        return changes.apply(id, expectedVersion, actor,
                (r, act) -> r.reportUpward(recipient, Guard.required(reportedOn, "reportedOn").orElse(act.on()), act));
    }

    /**
     * @param id              a report sent to the upper body, not null
     * @param expectedVersion the version read
     * @param recipient       the upper body, not blank
     * @param adoptedOn       the day it adopted the report; empty for today
     * @param note            how it was used, may be null
     * @param actor           who, not blank
     * @return the report with the upper body's adoption, never null
     */
    public SocialReport recordUpperAdoption(SocialReportId id, long expectedVersion, String recipient, Optional<LocalDate> adoptedOn, String note,
                                            String actor) {
        return changes.apply(id, expectedVersion, actor,
                (r, act) -> r.recordUpperAdoption(recipient, Guard.required(adoptedOn, "adoptedOn").orElse(act.on()), note, act));
    }

    /**
     * Makes the report a converted proposal becomes: handed in at once by the proposal's lead member, with its co-signers
     * as co-authors, its title, category and text (the case, then the suggestions), and the proposal as its origin. The
     * submission credits the lead member as any other would.
     *
     * @param proposal the proposal as converted, a member's; not null
     * @param act      who converted it and when, not null
     * @return the report as stored, never null
     * @throws org.xieshang.domain.shared.DomainException {@code social-report.proposal.collective} for a collective
     *                                                    proposal, which has no member to hand the report in
     */
    public SocialReport fromProposal(Proposal proposal, Act act) {
        Guard.required(proposal, "proposal");
        Guard.required(act, "act");
        Guard.check(proposal.proposer().leadMember().isPresent(), "social-report.proposal.collective", "proposerKind");
        ProposalContent text = proposal.content();
        ReportContent content = new ReportContent(text.title(), text.grounds() + "\n\n" + text.suggestions(), text.category());
        SocialReport draft = SocialReport.draft(SocialReportId.generate(), proposal.committeeId(), proposal.year(),
                proposal.proposer().leadMember().orElseThrow(), proposal.signatories().subList(1, proposal.signatories().size()), content,
                Optional.of(proposal.id()));
        return changes.create(draft.submit(act), act);
    }

    /** Calls {@link #fromProposal}. */
    @Override
    public void converted(Proposal converted, Act act) {
        fromProposal(converted, act);
    }
}
