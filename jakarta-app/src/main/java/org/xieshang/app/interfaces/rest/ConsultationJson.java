package org.xieshang.app.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.JointWork;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.ScreeningResult;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.Topic;

/** The JSON of consultation plans, their topics and public call, and consultation activities. */
interface ConsultationJson {

    record PlanView(String committeeId, int year, String status, List<TopicView> topics, ChangeView approval, List<ChangeView> amendments,
                    CallView publicCall, long version) {
        static PlanView of(ConsultationPlan p) {
            return new PlanView(p.committeeId().toString(), p.year(), p.status().name(), p.topics().stream().map(TopicView::of).toList(),
                    p.approval().map(ChangeView::of).orElse(null), p.amendments().stream().map(ChangeView::of).toList(),
                    p.publicCall().map(CallView::of).orElse(null), p.version());
        }
    }

    record CallView(String committeeId, int year, String notice, LocalDate opensOn, LocalDate closesOn) {
        static CallView of(PublicCall c) {
            return new CallView(c.committeeId().toString(), c.year(), c.notice(), c.opensOn(), c.closesOn());
        }
    }

    /** What the submitter reads under their receipt number: nothing about anyone else. */
    record ReceiptView(String receipt, String title, LocalDate receivedOn, String status, String reply) {
        static ReceiptView of(PublicSubmission s) {
            return new ReceiptView(s.receipt().toString(), s.draft().title(), s.receivedOn(), s.status().name(), s.reply().orElse(null));
        }
    }

    /** A submission as the consultation office reads it; the submitter's name and contact only for those who answer it. */
    record SubmissionView(String receipt, String title, String description, String area, String submitter, String contact, LocalDate receivedOn,
                          String status, String topicId, String reply, long version) {
        static SubmissionView of(PublicSubmission s, boolean withContact) {
            return new SubmissionView(s.receipt().toString(), s.draft().title(), s.draft().description(), s.draft().area().name(),
                    withContact ? s.draft().submitter().orElse(null) : null, withContact ? s.draft().contact().orElse(null) : null, s.receivedOn(),
                    s.status().name(), s.topicId().map(Object::toString).orElse(null), s.reply().orElse(null), s.version());
        }
    }

    record ActivityView(String id, String committeeId, int year, String topicId, String title, String form, List<StepView> steps, String nextStep,
                        boolean consulted, List<ParticipantView> participants, String meetingId, JointView joint, long version) {
        static ActivityView of(ConsultationActivity a, List<Participant> seen) {
            return new ActivityView(a.id().toString(), a.committeeId().toString(), a.year(), a.topicId().toString(), a.title(), a.form().name(),
                    a.process().steps().stream().map(StepView::of).toList(), a.process().nextStep().map(Enum::name).orElse(null),
                    a.process().isConsulted(), seen.stream().map(ParticipantView::of).toList(), a.meeting().map(Object::toString).orElse(null),
                    a.joint().map(JointView::of).orElse(null), a.version());
        }

        static ActivityView of(ConsultationActivity a) {
            return of(a, a.participants());
        }
    }

    record StepView(String step, String deliverable, String attachmentId, String doneBy, LocalDate doneOn, String decidingOrganisation) {
        static StepView of(StepRecord r) {
            return new StepView(r.step().name(), r.deliverable(), r.attachment().orElse(null), r.doneBy(), r.doneOn(),
                    r.decidingOrganisation().orElse(null));
        }
    }

    record ParticipantView(String kind, String committeeId, String memberId, String name, String unit) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(p.kind().name(), p.committeeId().toString(), p.memberId().map(Object::toString).orElse(null), p.name(), p.unit());
        }
    }

    record JointView(String kind, List<String> countyIds) {
        static JointView of(JointWork j) {
            return new JointView(j.kind().name(), j.counties().stream().map(Object::toString).toList());
        }
    }

    record OutcomeView(String activityId, String title, List<SuggestionView> suggestions, LocalDate reportedOn) {
    }

    record SuggestionView(String text, String addressee) {
    }

    record ThreeBeforeView(String activityId, String verdict, String action, boolean allowed, String nextStep) {
    }

    record AttachmentView(String id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    record TopicView(String id, String title, String description, String source, String area, String leadSpecialCommitteeId,
                     String counterpartDepartment, int plannedQuarter, Integer plannedMonth, String form, ScreeningView screening) {
        static TopicView of(Topic t) {
            return new TopicView(t.id().toString(), t.title(), t.description(), t.source().name(), t.area().name(),
                    t.leadSpecialCommittee().map(Object::toString).orElse(null), t.counterpartDepartment().orElse(null), t.plannedQuarter(),
                    t.plannedMonth().orElse(null), t.form().name(), t.screening().map(ScreeningView::of).orElse(null));
        }
    }

    record ScreeningView(String category, boolean consultable, String reason, String screenedBy, LocalDate screenedOn) {
        static ScreeningView of(ScreeningResult s) {
            return new ScreeningView(s.categoryCode(), s.consultable(), s.reason(), s.screenedBy(), s.screenedOn());
        }
    }

    record ChangeView(String by, LocalDate on, String reason) {
        static ChangeView of(PlanChange c) {
            return new ChangeView(c.by(), c.on(), c.reason());
        }
    }

    class TopicRequest {
        @NotBlank
        @Size(max = 200)
        public String title;
        @Size(max = 4000)
        public String description;
        /** LEADER_ASSIGNED, DEPARTMENT_CHOSEN, PROPOSED or PUBLIC_CALL. */
        @NotBlank
        public String source;
        /** A content area, such as EDUCATION. */
        @NotBlank
        public String area;
        public String leadSpecialCommitteeId;
        @Size(max = 100)
        public String counterpartDepartment;
        @NotNull
        public Integer plannedQuarter;
        public Integer plannedMonth;
        /** A form, such as SPECIAL_CONSULTATION. */
        @NotBlank
        public String form;
    }

    class ScreeningRequest {
        @NotBlank
        public String topicId;
        /** A category code of the screening catalogue, such as education or private-disputes. */
        @NotBlank
        @Size(max = 40)
        public String category;
        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    class ApprovalRequest {
        /** The Party committee that approved the plan. */
        @NotBlank
        @Size(max = 100)
        public String approvedBy;
        @NotNull
        public LocalDate approvedOn;
        /** The approving document. */
        @NotBlank
        @Size(max = 1000)
        public String document;
    }

    class AmendmentRequest extends TopicRequest {
        /** The topic changed; none for a topic added to the approved plan. */
        public String topicId;
        /** The screening category the changed topic falls in (it is screened again). */
        @NotBlank
        @Size(max = 40)
        public String category;
        @NotBlank
        @Size(max = 1000)
        public String reason;
        @Valid
        @NotNull
        public ChangeRequest change;
    }

    class WithdrawalRequest {
        @NotBlank
        public String topicId;
        @Valid
        @NotNull
        public ChangeRequest change;
    }

    /** Who changed the approved plan, when, and why. */
    class ChangeRequest {
        @NotBlank
        @Size(max = 100)
        public String by;
        @NotNull
        public LocalDate on;
        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    class CallRequest {
        @NotBlank
        @Size(max = 2000)
        public String notice;
        @NotNull
        public LocalDate opensOn;
        @NotNull
        public LocalDate closesOn;
    }

    /** A member of the public's topic: plain text only. */
    class SubmissionRequest {
        @NotBlank
        @Size(max = 200)
        public String title;
        @NotBlank
        @Size(max = 2000)
        public String description;
        /** A content area, such as HOUSING. */
        @NotBlank
        public String area;
        @Size(max = 50)
        public String submitter;
        @Size(max = 100)
        public String contact;
    }

    /** How the office plans the submitted topic; its title, description and area are the submitter's. */
    class AdoptionRequest {
        @NotNull
        public Integer plannedQuarter;
        public Integer plannedMonth;
        /** A form, such as SPECIAL_CONSULTATION. */
        @NotBlank
        public String form;
        public String leadSpecialCommitteeId;
        @Size(max = 100)
        public String counterpartDepartment;
        /** What the submitter reads under the receipt number. */
        @Size(max = 1000)
        public String reply;
    }

    class DeclineRequest {
        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    class StartRequest {
        @NotNull
        public Integer year;
        @NotBlank
        public String topicId;
        /** RESEARCH, CONSULTATION or SUPERVISION, for city–county joint work. */
        public String jointKind;
        /** The counties taking part in joint work. */
        public List<String> countyIds;
    }

    /** A member by their record, or anyone else by kind, name and unit. */
    class ParticipantRequest {
        /** MEMBER, EXPERT, DEPARTMENT_HEAD, LEADER, RESIDENT or STAKEHOLDER. */
        @NotBlank
        public String kind;
        public String memberId;
        /** The committee whose part they belong to: the leading committee's or, in joint work, a county's. Default: the leading one. */
        public String committeeId;
        @Size(max = 50)
        public String name;
        @Size(max = 100)
        public String unit;
    }

    class MeetingRequestJson {
        @NotNull
        public Integer termNumber;
        /** Local time of the committee, such as 2026-05-12T09:00. */
        @NotNull
        public LocalDateTime startsAt;
        @NotNull
        public LocalDateTime endsAt;
        @Size(max = 100)
        public String place;
        @NotBlank
        @Size(max = 100)
        public String organiser;
        /** For a sector consultation: the sector invited. */
        public String sectorId;
        /** For a counterpart consultation: the special committee (default: the topic's lead). */
        public String specialCommitteeId;
    }

    class StepRequest {
        /** The step done: COLLECT_TOPIC, DECIDE_TOPIC, WORK_PLAN, RESEARCH, CONSULT, DISCLOSE, ORGANISATIONAL_DECISION or TRACK_IMPLEMENTATION. */
        @NotBlank
        public String step;
        @NotBlank
        @Size(max = 500)
        public String deliverable;
        /** A file uploaded to the activity's attachments beforehand. */
        public String attachmentId;
        @NotBlank
        @Size(max = 100)
        public String doneBy;
        @NotNull
        public LocalDate doneOn;
        /** For the organisational decision only: the Party organisation that decided. */
        @Size(max = 100)
        public String decidingOrganisation;
    }

    class OutcomeRequest {
        @NotBlank
        @Size(max = 200)
        public String title;
        @NotEmpty
        @Valid
        public List<SuggestionRequest> suggestions;
    }

    class SuggestionRequest {
        @NotBlank
        @Size(max = 2000)
        public String text;
        /** The department or leader it is addressed to. */
        @Size(max = 100)
        public String addressee;
    }
}
