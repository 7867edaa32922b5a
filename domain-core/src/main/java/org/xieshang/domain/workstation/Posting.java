package org.xieshang.domain.workstation;

import java.time.LocalDate;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member posted to a workstation. Immutable and thread-safe.
 *
 * @param memberId      the member, not null
 * @param type          resident, sent down or sector member; not null
 * @param sinceInclusive the first day of the posting, not null
 */
public record Posting(MemberId memberId, PostingType type, LocalDate sinceInclusive) {

    /** Rejects missing values. */
    public Posting {
        Guard.required(memberId, "memberId");
        Guard.required(type, "type");
        Guard.required(sinceInclusive, "sinceInclusive");
    }
}
