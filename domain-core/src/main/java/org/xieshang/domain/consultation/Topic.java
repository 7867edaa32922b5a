package org.xieshang.domain.consultation;

import java.util.Optional;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * A consultation topic (议题) of a plan: what is to be consulted, where it came from, who leads it, when and in what
 * form, and how it was screened. Immutable and thread-safe.
 *
 * @param id                    identifier, not null
 * @param title                 not blank, at most {@value #TITLE_MAX} characters
 * @param description           not null (may be empty), at most {@value #DESCRIPTION_MAX} characters
 * @param source                where it came from, not null
 * @param area                  its content area, not null
 * @param leadSpecialCommittee  the special committee leading it, if named
 * @param counterpartDepartment the government department it is consulted with, if any
 * @param plannedQuarter        1 to 4
 * @param plannedMonth          the month, if fixed; within the quarter
 * @param form                  how it is consulted, not null
 * @param screening             the screening result, once screened
 */
public record Topic(TopicId id, String title, String description, TopicSource source, ContentArea area,
                    Optional<SpecialCommitteeId> leadSpecialCommittee, Optional<String> counterpartDepartment, int plannedQuarter,
                    Optional<Integer> plannedMonth, ConsultationForm form, Optional<ScreeningResult> screening) {

    /** Longest title. */
    public static final int TITLE_MAX = 200;
    /** Longest description. */
    public static final int DESCRIPTION_MAX = 4000;

    /** Validates every part. */
    public Topic {
        Guard.required(id, "id");
        title = Guard.text(title, "title", TITLE_MAX);
        description = Optional.ofNullable(Guard.optionalText(description, "description", DESCRIPTION_MAX)).orElse("");
        Guard.required(source, "source");
        Guard.required(area, "area");
        Guard.required(leadSpecialCommittee, "leadSpecialCommittee");
        counterpartDepartment = Guard.required(counterpartDepartment, "counterpartDepartment").map(d -> Guard.text(d, "counterpartDepartment", 100));
        Guard.check(plannedQuarter >= 1 && plannedQuarter <= 4, "quarter.invalid", "plannedQuarter");
        Guard.required(plannedMonth, "plannedMonth");
        plannedMonth.ifPresent(month -> Guard.check((month - 1) / 3 + 1 == plannedQuarter, "topic.month.outside-quarter", "plannedMonth", month,
                plannedQuarter));
        Guard.required(form, "form");
        Guard.required(screening, "screening");
    }

    /**
     * @param result how it was screened, not null
     * @return this topic with that screening, never null
     */
    public Topic screened(ScreeningResult result) {
        return new Topic(id, title, description, source, area, leadSpecialCommittee, counterpartDepartment, plannedQuarter, plannedMonth, form,
                Optional.of(Guard.required(result, "screening")));
    }

    /** @return whether it has been screened and may be consulted */
    public boolean isCleared() {
        return screening.map(ScreeningResult::consultable).orElse(false);
    }
}
