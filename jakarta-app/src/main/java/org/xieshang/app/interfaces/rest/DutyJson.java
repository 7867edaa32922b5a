package org.xieshang.app.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xieshang.app.application.duty.DutyDirectory;
import org.xieshang.app.application.duty.MemberDutyFile;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.activity.LeaveRequest;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoreLine;
import org.xieshang.domain.duty.scoring.ScoreTrace;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.shared.DomainMessages;

/** The JSON of meetings, attendance, duty files, scoring, findings and duty reports. */
interface DutyJson {

    // ---- views ----

    record AttendanceView(int obliged, int present, int excused, int unexcused, BigDecimal rate) {
        static AttendanceView of(AttendanceSummary s) {
            return new AttendanceView(s.obliged(), s.present(), s.excused(), s.unexcused(), s.rate());
        }
    }

    record ActivitySummaryView(String id, String committeeId, int termNumber, String kind, String title, LocalDateTime startsAt,
                               LocalDateTime endsAt, String place, String organiser, String organiserSpecialCommitteeId, String audience,
                               boolean obligatory, int invited, int present, int excused, int unexcused, int pendingLeave, long version) {
        static ActivitySummaryView of(DutyActivity a) {
            var d = a.details();
            return new ActivitySummaryView(a.id().toString(), a.committeeId().toString(), d.termNumber(), d.kind().name(), d.title(), d.startsAt(),
                    d.endsAt(), d.place().orElse(null), d.organiser(), d.organiserSpecialCommittee().map(Object::toString).orElse(null),
                    d.audience().kind().name(), d.audience().obligatory(), a.invitations().size(), count(a, Attendance.PRESENT),
                    count(a, Attendance.EXCUSED), count(a, Attendance.UNEXCUSED), a.pendingLeave().size(), a.version());
        }

        private static int count(DutyActivity a, Attendance attendance) {
            return (int) a.invitations().stream().filter(i -> i.attendance() == attendance).count();
        }
    }

    record LeaveView(String reason, Instant requestedAt, String requestedBy, String status, String decidedBy, Instant decidedAt, String note) {
        static LeaveView of(LeaveRequest l) {
            return new LeaveView(l.reason(), l.requestedAt(), l.requestedBy(), l.status().name(), l.decidedBy().orElse(null),
                    l.decidedAt().orElse(null), l.note().orElse(null));
        }
    }

    record InvitationView(String memberId, String memberName, boolean obligatory, String attendance, LeaveView leave) {
        static InvitationView of(Invitation i, DutyDirectory names) {
            return new InvitationView(i.memberId().toString(), names.name(i.memberId()), i.obligatory(), i.attendance().name(),
                    i.leave().map(LeaveView::of).orElse(null));
        }
    }

    record ActivityView(ActivitySummaryView activity, String audienceSectorId, String audienceSpecialCommitteeId, List<InvitationView> invitations) {
        static ActivityView of(DutyActivity a, DutyDirectory names) {
            return new ActivityView(ActivitySummaryView.of(a), a.details().audience().sectorId().map(Object::toString).orElse(null),
                    a.details().audience().specialCommitteeId().map(Object::toString).orElse(null),
                    a.invitations().stream().map(i -> InvitationView.of(i, names)).toList());
        }
    }

    record EventView(String id, String kind, LocalDate occurredOn, String sourceType, String sourceReference, String title, Instant recordedAt) {
        static EventView of(DutyEvent e) {
            return new EventView(e.id().toString(), e.kind().name(), e.occurredOn(), e.source().type().name(), e.source().reference(), e.title(),
                    e.recordedAt());
        }
    }

    record ScoreLineView(String itemCode, String itemLabel, String rule, String eventId, String eventTitle, LocalDate eventDay, BigDecimal points,
                         String note) {
        static ScoreLineView of(ScoreLine l) {
            return new ScoreLineView(l.itemCode(), l.itemLabel(), l.rule(), l.event().map(e -> e.id().toString()).orElse(null),
                    l.event().map(DutyEvent::title).orElse(null), l.event().map(DutyEvent::occurredOn).orElse(null), l.points().toDecimal(),
                    DomainMessages.format(l.note(), RequestLocale.current()));
        }
    }

    record ScoreView(String memberId, int year, int schemeRevision, BigDecimal total, String grade, boolean passed) {
        static ScoreView of(AnnualScore s) {
            return new ScoreView(s.memberId().toString(), s.year(), s.schemeRevision(), s.total().toDecimal(), s.grade(), s.passed());
        }
    }

    record TraceView(ScoreView score, List<ScoreLineView> lines) {
        static TraceView of(ScoreTrace t) {
            return new TraceView(ScoreView.of(t.score()), t.lines().stream().map(ScoreLineView::of).toList());
        }
    }

    record DutyFileView(String memberId, String memberName, int year, List<EventView> events, Map<String, int[]> totalsByQuarter, TraceView score,
                        ScoreView previousScore, AttendanceView attendance) {
        static DutyFileView of(MemberDutyFile f) {
            Map<String, int[]> totals = new LinkedHashMap<>();
            f.file().totalsByQuarter().forEach((kind, quarters) -> totals.put(kind.name(), quarters));
            return new DutyFileView(f.member().id().toString(), f.member().profile().name(), f.year(),
                    f.file().events().stream().map(EventView::of).toList(), totals, f.trace().map(TraceView::of).orElse(null),
                    f.previous().map(ScoreView::of).orElse(null), AttendanceView.of(f.attendance()));
        }
    }

    record ItemView(String code, String label, String type, Map<String, String> parameters) {
    }

    record BandView(String grade, BigDecimal minimum) {
    }

    record SchemeView(String committeeId, int year, int revision, List<ItemView> items, BigDecimal base, BigDecimal maximum, BigDecimal passMark,
                      List<BandView> bands, String reason, String changedBy, Instant changedAt) {
        static SchemeView of(ScoringScheme s) {
            var d = s.draft();
            return new SchemeView(s.committeeId().toString(), s.year(), s.revision(),
                    d.items().stream().map(i -> new ItemView(i.code(), i.label(), i.rule().type(), i.rule().parameters())).toList(),
                    d.base().toDecimal(), d.maximum().map(m -> m.toDecimal()).orElse(null), d.passMark().toDecimal(),
                    d.bands().stream().map(b -> new BandView(b.grade(), b.minimum().toDecimal())).toList(), d.reason().orElse(null), s.changedBy(),
                    s.changedAt());
        }
    }

    record RuleView(String type, Map<String, String> parameters) {
    }

    record PolicyView(String committeeId, String preset, List<RuleView> rules, long version) {
        static PolicyView of(DisciplinePolicy p) {
            return new PolicyView(p.committeeId().toString(), p.basedOn().map(Enum::name).orElse(null),
                    p.definitions().stream().map(d -> new RuleView(d.type(), d.parameters())).toList(), p.version());
        }
    }

    record DecisionView(String outcome, String reason, String decidedBy, Instant decidedAt, String membershipDecisionId) {
    }

    record FindingView(String id, String committeeId, String memberId, int termNumber, int year, String kind, String ruleType, String explanation,
                       List<String> evidence, Instant raisedAt, boolean open, DecisionView decision, long version) {
        static FindingView of(Finding f) {
            return new FindingView(f.id().toString(), f.committeeId().toString(), f.memberId().toString(), f.termNumber(), f.year(), f.kind().name(),
                    f.found().ruleType(), f.explanation(RequestLocale.current()), f.evidence().stream().map(Object::toString).toList(), f.raisedAt(),
                    f.isOpen(), f.decision().map(d -> new DecisionView(d.outcome().name(), d.reason(), d.decidedBy(), d.decidedAt(),
                    d.membershipDecision().map(Object::toString).orElse(null))).orElse(null), f.version());
        }
    }

    record ReportView(String id, String memberId, int year, String kind, String text, String status, Instant submittedAt, String reviewedBy,
                      String reviewComment, long version) {
        static ReportView of(DutyReport r) {
            return new ReportView(r.id().toString(), r.memberId().toString(), r.year(), r.kind().name(), r.text(), r.status().name(),
                    r.submittedAt().orElse(null), r.reviewedBy().orElse(null), r.reviewComment().orElse(null), r.version());
        }
    }

    // ---- requests (classes with public fields: records with constraints break the OpenAPI model) ----

    class ActivityRequest {
        @NotNull
        public Integer termNumber;
        /** PLENARY_SESSION, STANDING_COMMITTEE_MEETING, CHAIRMAN_MEETING, SPECIAL_CONSULTATION, COUNTERPART_CONSULTATION,
         *  SECTOR_CONSULTATION, INSPECTION, RESEARCH_TRIP, TRAINING, STUDY_SESSION, WORKSTATION_ACTIVITY or OTHER. */
        @NotBlank
        public String kind;
        @NotBlank
        @Size(max = 200)
        public String title;
        /** Local time of the committee, such as 2026-01-12T09:00. */
        @NotNull
        public LocalDateTime startsAt;
        @NotNull
        public LocalDateTime endsAt;
        @Size(max = 100)
        public String place;
        @NotBlank
        @Size(max = 100)
        public String organiser;
        public String organiserSpecialCommitteeId;
        /** ALL_MEMBERS, STANDING_MEMBERS, SECTOR, SPECIAL_COMMITTEE or INVITED. */
        @NotBlank
        public String audience;
        public String audienceSectorId;
        public String audienceSpecialCommitteeId;
        /** Whether the invited must attend (应出席). */
        @NotNull
        public Boolean obligatory;
    }

    class InvitationRequest {
        @NotEmpty
        @Size(max = 2000)
        public List<String> memberIds;
        @NotNull
        public Boolean obligatory;
    }

    class PresenceEntry {
        @NotBlank
        public String memberId;
        @NotNull
        public Boolean present;
    }

    class AttendanceRequest {
        @NotEmpty
        @Size(max = 2000)
        public List<@Valid PresenceEntry> attendance;
    }

    class LeaveRequestBody {
        @NotBlank
        public String activityId;
        @NotBlank
        @Size(max = 500)
        public String reason;
    }

    class LeaveDecisionRequest {
        @NotNull
        public Boolean approve;
        @Size(max = 500)
        public String note;
    }

    class ManualEventRequest {
        /** A duty event kind entered by hand, such as SPEECH_ORAL, RESEARCH_REPORT, PUBLIC_CONTACT or COMMENDATION. */
        @NotBlank
        public String kind;
        @NotNull
        public LocalDate occurredOn;
        @NotBlank
        @Size(max = 200)
        public String title;
        /** The evidence's reference, such as a document number; numbered by the system when empty. */
        @Size(max = 100)
        public String evidence;
    }

    class ItemRequest {
        @NotBlank
        @Size(max = 40)
        public String code;
        @NotBlank
        @Size(max = 100)
        public String label;
        /** The rule type, such as per-event. */
        @NotBlank
        public String type;
        /** The rule's parameters, such as kind, points and cap for per-event. */
        @NotNull
        public Map<String, String> parameters;
    }

    class BandRequest {
        @NotBlank
        @Size(max = 20)
        public String grade;
        @NotBlank
        public String minimum;
    }

    class SchemeRequest {
        /** The term whose members are scored. */
        @NotNull
        public Integer termNumber;
        @NotEmpty
        public List<@Valid ItemRequest> items;
        public String base;
        public String maximum;
        @NotBlank
        public String passMark;
        @NotEmpty
        public List<@Valid BandRequest> bands;
        @Size(max = 500)
        public String reason;
    }

    class RuleRequest {
        @NotBlank
        public String type;
        public Map<String, String> parameters;
    }

    class PolicyRequest {
        /** YUEQING or NANCHANG to adopt a preset; or give the rules. */
        public String preset;
        public List<@Valid RuleRequest> rules;
    }

    class EvaluationRequest {
        @NotNull
        public Integer termNumber;
        @NotNull
        public Integer year;
    }

    class FindingDecisionRequest {
        /** REMINDER_TALK_HELD, REMINDED, WARNED, ASKED_TO_RESIGN, ORDERED_TO_RESIGN, STANDING_ROLE_ENDED or NO_ACTION. */
        @NotBlank
        public String outcome;
        @NotBlank
        @Size(max = 1000)
        public String reason;
        /** The membership decision recorded on the member, for outcomes that change the membership. */
        public String membershipDecisionId;
    }

    class ReportRequest {
        @NotNull
        public Integer year;
        /** ANNUAL_REPORT or STANDING_MEMBER_REPORT. */
        @NotBlank
        public String kind;
        @NotBlank
        @Size(max = 20000)
        public String text;
    }

    class ReviewRequest {
        @NotNull
        public Boolean accept;
        @Size(max = 1000)
        public String comment;
    }

    /** @return a kind entered by hand, or null if the text is not a kind */
    static DutyEventKind manualKind(String text) {
        return Http.enumValue(DutyEventKind.class, text, "kind");
    }
}
