package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.JointKind;
import org.xieshang.domain.consultation.ParticipantKind;

/** A {@link org.xieshang.domain.consultation.ConsultationActivity} with its steps and participants. */
@Entity
@Table(name = "consultation_activity")
public class ConsultationActivityEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "topic_id", nullable = false, length = 36)
    String topicId;

    @Column(nullable = false, length = 200)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "consultation_form", nullable = false, length = 40)
    ConsultationForm form;

    @Column(name = "meeting_id", length = 36)
    String meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "joint_kind", length = 20)
    JointKind jointKind;

    /** The partner counties' identifiers in one column ({@link TextCodec} list): searched with LIKE, never joined. */
    @Column(name = "joint_counties", length = 2000)
    String jointCounties;

    @Column(name = "outcome_reported_on")
    LocalDate outcomeReportedOn;

    @ElementCollection
    @CollectionTable(name = "consultation_step", joinColumns = @JoinColumn(name = "activity_id"))
    List<StepRow> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consultation_participant", joinColumns = @JoinColumn(name = "activity_id"))
    List<ParticipantRow> participants = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code consultation_step}. */
    @Embeddable
    public static class StepRow {
        @Column(name = "step_no", nullable = false)
        int number;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 30)
        ConsultationStep step;
        @Column(nullable = false, length = 500)
        String deliverable;
        @Column(length = 200)
        String attachment;
        @Column(name = "done_by", nullable = false, length = 100)
        String doneBy;
        @Column(name = "done_on", nullable = false)
        LocalDate doneOn;
        @Column(name = "deciding_organisation", length = 100)
        String decidingOrganisation;
    }

    /** One row of {@code consultation_participant}. */
    @Embeddable
    public static class ParticipantRow {
        @Column(name = "participant_no", nullable = false)
        int number;
        @Enumerated(EnumType.STRING)
        @Column(name = "participant_kind", nullable = false, length = 20)
        ParticipantKind kind;
        @Column(name = "committee_id", nullable = false, length = 36)
        String committeeId;
        @Column(name = "member_id", length = 36)
        String memberId;
        @Column(nullable = false, length = 50)
        String name;
        @Column(nullable = false, length = 100)
        String unit;
    }
}
