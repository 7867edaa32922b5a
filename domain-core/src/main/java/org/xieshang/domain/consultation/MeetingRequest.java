package org.xieshang.domain.consultation;

import java.time.LocalDateTime;
import java.util.Optional;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * When and where a consultation meeting takes place and, where the form invites a sector or a special committee,
 * which one. Immutable.
 *
 * @param termNumber       the term the meeting falls in
 * @param startsAt         start, committee's local time; not null
 * @param endsAt           end, not before the start; not null
 * @param place            where, if known
 * @param organiser        the office or special committee organising it, not blank
 * @param sector           the sector invited, for a sector consultation
 * @param specialCommittee the special committee, for a counterpart consultation (else the topic's lead)
 */
public record MeetingRequest(int termNumber, LocalDateTime startsAt, LocalDateTime endsAt, Optional<String> place, String organiser,
                             Optional<SectorId> sector, Optional<SpecialCommitteeId> specialCommittee) {

    /** Checks presence; the activity draft checks the rest. */
    public MeetingRequest {
        Guard.required(startsAt, "startsAt");
        Guard.required(endsAt, "endsAt");
        Guard.required(place, "place");
        Guard.required(organiser, "organiser");
        Guard.required(sector, "sector");
        Guard.required(specialCommittee, "specialCommittee");
    }
}
