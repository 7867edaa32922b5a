package org.xieshang.domain.duty.discipline;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * Which findings to list, newest first. Immutable and thread-safe.
 *
 * @param committeeId the committee, not null
 * @param year        only this year, if given
 * @param open        only open (true) or decided (false) ones, if given
 * @param kind        only this kind, if given
 * @param memberId    only this member's, if given
 */
public record FindingQuery(CommitteeId committeeId, Optional<Integer> year, Optional<Boolean> open, Optional<FindingKind> kind,
                           Optional<MemberId> memberId) {

    /** Rejects nulls. */
    public FindingQuery {
        Guard.required(committeeId, "committeeId");
        Guard.required(year, "year");
        Guard.required(open, "open");
        Guard.required(kind, "kind");
        Guard.required(memberId, "memberId");
    }

    /**
     * @param committeeId the committee, not null
     * @return all of its findings, never null
     */
    public static FindingQuery of(CommitteeId committeeId) {
        return new FindingQuery(committeeId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param finding a finding, not null
     * @return whether it matches
     */
    public boolean matches(Finding finding) {
        return finding.committeeId().equals(committeeId) && year.map(y -> y == finding.year()).orElse(true)
                && open.map(o -> o == finding.isOpen()).orElse(true) && kind.map(k -> k == finding.kind()).orElse(true)
                && memberId.map(m -> m.equals(finding.memberId())).orElse(true);
    }
}
