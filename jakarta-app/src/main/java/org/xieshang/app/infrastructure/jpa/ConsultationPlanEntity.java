package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.PlanStatus;
import org.xieshang.domain.consultation.TopicSource;

/** A {@link org.xieshang.domain.consultation.ConsultationPlan} with its topics and amendments. */
@Entity
@Table(name = "consultation_plan")
public class ConsultationPlanEntity {

    /** The committee and the year: a plan has no identity beyond them. */
    @Id
    @Column(length = 48)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PlanStatus status;

    @Column(name = "approved_by", length = 100)
    String approvedBy;

    @Column(name = "approved_on")
    LocalDate approvedOn;

    @Column(name = "approval_reason", length = 1000)
    String approvalReason;

    @Column(name = "call_notice", length = 2000)
    String callNotice;

    @Column(name = "call_opens_on")
    LocalDate callOpensOn;

    @Column(name = "call_closes_on")
    LocalDate callClosesOn;

    @ElementCollection
    @CollectionTable(name = "consultation_topic", joinColumns = @JoinColumn(name = "plan_id"))
    List<TopicRow> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_amendment", joinColumns = @JoinColumn(name = "plan_id"))
    List<AmendmentRow> amendments = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code consultation_topic}. */
    @Embeddable
    public static class TopicRow {
        @Column(name = "topic_no", nullable = false)
        int number;
        @Column(name = "topic_id", nullable = false, length = 36)
        String topicId;
        @Column(nullable = false, length = 200)
        String title;
        @Column(nullable = false, length = 4000)
        String description;
        @Enumerated(EnumType.STRING)
        @Column(name = "topic_source", nullable = false, length = 30)
        TopicSource source;
        @Enumerated(EnumType.STRING)
        @Column(name = "content_area", nullable = false, length = 40)
        ContentArea area;
        @Column(name = "lead_special_committee_id", length = 36)
        String leadSpecialCommitteeId;
        @Column(name = "counterpart_department", length = 100)
        String counterpartDepartment;
        @Column(name = "planned_quarter", nullable = false)
        int plannedQuarter;
        @Column(name = "planned_month")
        Integer plannedMonth;
        @Enumerated(EnumType.STRING)
        @Column(name = "consultation_form", nullable = false, length = 40)
        ConsultationForm form;
        @Column(name = "screening_category", length = 40)
        String screeningCategory;
        @Convert(converter = FlagConverter.class)
        @Column(name = "screening_consultable")
        Boolean screeningConsultable;
        @Column(name = "screening_reason", length = 1000)
        String screeningReason;
        @Column(name = "screened_by", length = 100)
        String screenedBy;
        @Column(name = "screened_on")
        LocalDate screenedOn;
    }

    /** One row of {@code plan_amendment}. */
    @Embeddable
    public static class AmendmentRow {
        @Column(name = "amendment_no", nullable = false)
        int number;
        @Column(name = "changed_by", nullable = false, length = 100)
        String changedBy;
        @Column(name = "changed_on", nullable = false)
        LocalDate changedOn;
        @Column(nullable = false, length = 1000)
        String reason;
    }
}
