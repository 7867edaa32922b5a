package org.xieshang.domain.activity;

import java.time.LocalDateTime;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * What staff enter to schedule or revise an activity. Immutable and thread-safe.
 *
 * @param termNumber                the term it belongs to
 * @param kind                      the kind, not null
 * @param title                     the title, such as 十三届二次会议, not blank
 * @param startsAt                  start, in the committee's local time; not null
 * @param endsAt                    end, after the start; not null
 * @param place                     where, if known
 * @param organiser                 the organising office (组织单位), such as 办公室 or 经济委员会; not blank
 * @param organiserSpecialCommittee the special committee organising it, if one does (for per-committee statistics)
 * @param audience                  who is invited and whether they must attend; not null
 */
public record ActivityDraft(int termNumber, ActivityKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                            Optional<String> place, String organiser, Optional<SpecialCommitteeId> organiserSpecialCommittee,
                            Audience audience) {

    /** Longest title. */
    public static final int TITLE_MAX = 200;
    /** Longest place or organiser. */
    public static final int PLACE_MAX = 100;

    /** Validates every field. */
    public ActivityDraft {
        Guard.required(kind, "kind");
        title = Guard.text(title, "title", TITLE_MAX);
        Guard.required(startsAt, "startsAt");
        Guard.required(endsAt, "endsAt");
        Guard.check(endsAt.isAfter(startsAt), "activity.dates.reversed", "endsAt");
        place = Optional.ofNullable(Guard.optionalText(Guard.required(place, "place").orElse(null), "place", PLACE_MAX));
        organiser = Guard.text(organiser, "organiser", PLACE_MAX);
        Guard.required(organiserSpecialCommittee, "organiserSpecialCommittee");
        Guard.required(audience, "audience");
        Guard.check(kind != ActivityKind.STANDING_COMMITTEE_MEETING || audience.kind() == AudienceKind.STANDING_MEMBERS
                || audience.kind() == AudienceKind.INVITED, "activity.standing-meeting.audience", "audience");
    }
}
