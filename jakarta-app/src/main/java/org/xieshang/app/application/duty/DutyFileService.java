package org.xieshang.app.application.duty;

import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventId;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.DutyPeriod;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.AttendanceFact;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoreTrace;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.Guard;

/** Members' duty files: the ledger with its score trace, and the records staff enter by hand. */
@ApplicationScoped
@Transactional
public class DutyFileService {

    @Inject
    Members members;

    @Inject
    DutyEvents events;

    @Inject
    Activities activities;

    @Inject
    ScoringSchemes schemes;

    @Inject
    DutyRecorder recorder;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    /**
     * @param memberId the member, not null
     * @param year     the year
     * @return the member's duty file for the year, never null
     */
    public MemberDutyFile dutyFile(MemberId memberId, int year) {
        Member member = members.require(memberId);
        access.require(DUTY_FILE_READ, Target.memberRecord(member.committeeId(), memberId));
        DutyPeriod period = DutyPeriod.year(year);
        DutyFile file = DutyFile.of(memberId, period, events.ofMember(memberId, period.fromInclusive(), period.untilInclusive()));
        Optional<ScoringScheme> scheme = schemes.current(member.committeeId(), year);
        Optional<ScoreTrace> trace = scheme.map(s -> s.explain(file));
        Optional<AnnualScore> previous = scheme.filter(s -> s.revision() > 1).flatMap(s -> schemes.scores(member.committeeId(), year, s.revision() - 1)
                .stream().filter(score -> score.memberId().equals(memberId)).findFirst());
        return new MemberDutyFile(member, year, file, trace, previous, attendance(member, year));
    }

    private AttendanceSummary attendance(Member member, int year) {
        List<AttendanceFact> facts = new ArrayList<>();
        for (DutyActivity activity : activities.invitingMember(member.id(), ActivityQuery.ofYear(member.committeeId(), year))) {
            Invitation invitation = activity.invitation(member.id()).orElseThrow();
            facts.add(new AttendanceFact(activity.id(), activity.kind(), activity.day(), activity.details().title(), invitation.obligatory(),
                    invitation.attendance(), false));
        }
        return AttendanceSummary.of(facts, f -> member.memberships().stream().anyMatch(m -> m.covers(f.day())));
    }

    /** @return whether the current user may enter and remove records in this member's duty file (nothing audited) */
    public boolean mayRecord(MemberId memberId) {
        Member member = members.require(memberId);
        return access.allows(DUTY_FILE_MANAGE, Target.memberRecord(member.committeeId(), memberId));
    }

    /**
     * Enters a record with its evidence, such as a plenary speech or a commendation.
     *
     * @param memberId   the member, not null
     * @param kind       what, not null
     * @param occurredOn when, not null
     * @param title      what the duty file shows, not blank
     * @param evidence   the evidence's reference (a document number), or null to number it here
     * @return the recorded event, never null
     */
    public DutyEvent record(MemberId memberId, DutyEventKind kind, LocalDate occurredOn, String title, String evidence) {
        Member member = members.require(memberId);
        access.require(DUTY_FILE_MANAGE, Target.memberRecord(member.committeeId(), memberId));
        String reference = evidence == null || evidence.isBlank() ? UUID.randomUUID().toString() : evidence;
        DutyEvent event = recorder.recordManually(new DutyEventDraft(member.committeeId(), memberId, Guard.required(kind, "kind"), occurredOn,
                SourceRef.of(SourceType.MANUAL, reference), title));
        audit.change(member.committeeId(), "duty-event", event.id().toString(), null, DutyAuditFields.of(event));
        return event;
    }

    /**
     * @param id a record entered by hand, not null
     */
    public void remove(DutyEventId id) {
        DutyEvent event = events.require(id);
        access.require(DUTY_FILE_MANAGE, Target.memberRecord(event.committeeId(), event.memberId()));
        recorder.removeManual(id);
        audit.record(AuditAction.DELETE, Optional.of(event.committeeId()), "duty-event", id.toString(), DutyAuditFields.of(event).toString());
    }
}
