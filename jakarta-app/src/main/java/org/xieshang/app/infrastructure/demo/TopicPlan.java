package org.xieshang.app.infrastructure.demo;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.consultation.TopicSource;

/**
 * One topic of a fictional demo consultation plan and, when the demo takes it further, its activity. Pure data that
 * {@link ConsultationDemo} turns into a topic, a consultation activity and its meeting. Immutable.
 *
 * @param title                 the topic's title
 * @param description           what is to be consulted and why
 * @param source                where the topic came from
 * @param area                  its content area
 * @param form                  how it is consulted
 * @param month                 the planned month of its meeting, 1 to 12
 * @param leadSpecialCommittee  the name of the special committee leading it, if one does
 * @param counterpartDepartment the government department it is consulted with, if any
 * @param screeningCategory     the code of its category in {@code ScreeningCatalogue.example()}
 * @param screeningReason       why it falls in that category
 * @param activity              how far the demo takes its consultation, if it is started at all
 */
record TopicPlan(String title, String description, TopicSource source, ContentArea area, ConsultationForm form, int month,
                 Optional<String> leadSpecialCommittee, Optional<String> counterpartDepartment, String screeningCategory,
                 String screeningReason, Optional<ActivityPlan> activity) {

    /** @return the quarter of its planned month */
    int quarter() {
        return (month - 1) / 3 + 1;
    }

    /**
     * The consultation of a topic as the demo shows it.
     *
     * @param stepsDone            how many of the eight steps the demo wants done (fewer if their days have not come yet)
     * @param meetingDay           the day of the planned month the meeting takes place
     * @param startsAt             when the meeting starts
     * @param hours                how long it lasts
     * @param place                where it takes place
     * @param organiser            the office or special committee organising it
     * @param memberSectors        the sectors its member participants are drawn from first (for a sector consultation,
     *                             the first one is the sector invited); empty for any member
     * @param memberCount          how many members take part by name
     * @param guests               the other participants: experts, department heads, residents, stakeholders
     * @param decidingOrganisation the Party organisation that decides on the outcome, for activities taken that far
     * @param suggestions          the suggestions of its outcome report, handed over once the meeting is held; may be empty
     */
    record ActivityPlan(int stepsDone, int meetingDay, LocalTime startsAt, int hours, String place, String organiser,
                        List<String> memberSectors, int memberCount, List<Guest> guests, Optional<String> decidingOrganisation,
                        List<Suggestion> suggestions) {
    }

    /**
     * A participant who is not a member; the demo invents the name.
     *
     * @param kind who they are
     * @param unit their unit and post, or their neighbourhood
     */
    record Guest(ParticipantKind kind, String unit) {
    }
}
