package org.xieshang.domain.consultation;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * Someone taking part in a consultation activity. Members are named by their record (their attendance goes to their
 * duty file through the meeting); everyone else by name and unit. Immutable.
 *
 * @param kind        who they are, not null
 * @param committeeId the committee whose part they belong to (a county's, in joint work), not null
 * @param memberId    the member, exactly when {@code kind} is {@link ParticipantKind#MEMBER}
 * @param name        not blank, at most 50 characters
 * @param unit        their unit or village, may be empty; at most 100 characters
 */
public record Participant(ParticipantKind kind, CommitteeId committeeId, Optional<MemberId> memberId, String name, String unit) {

    /** Validates every part. */
    public Participant {
        Guard.required(kind, "kind");
        Guard.required(committeeId, "committeeId");
        Guard.required(memberId, "memberId");
        Guard.check(memberId.isPresent() == (kind == ParticipantKind.MEMBER), "participant.member.inconsistent", "memberId");
        name = Guard.text(name, "name", 50);
        unit = Optional.ofNullable(Guard.optionalText(unit, "unit", 100)).orElse("");
    }
}
