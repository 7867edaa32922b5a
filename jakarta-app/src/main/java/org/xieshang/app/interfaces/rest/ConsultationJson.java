package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.ScreeningResult;
import org.xieshang.domain.consultation.Topic;

/** The JSON of consultation plans and their topics. */
interface ConsultationJson {

    record PlanView(String committeeId, int year, String status, List<TopicView> topics, ChangeView approval, List<ChangeView> amendments,
                    long version) {
        static PlanView of(ConsultationPlan p) {
            return new PlanView(p.committeeId().toString(), p.year(), p.status().name(), p.topics().stream().map(TopicView::of).toList(),
                    p.approval().map(ChangeView::of).orElse(null), p.amendments().stream().map(ChangeView::of).toList(), p.version());
        }
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
}
