package org.xieshang.domain.duty.statistics;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;

/**
 * One member's line in the annual notification (一年一通报). Immutable and thread-safe.
 *
 * @param memberId      the member, not null
 * @param sectorId      the member's sector, not null
 * @param standing      whether a standing member at the year's end (or the membership's)
 * @param score         the year's score, if the committee scores
 * @param attendance    attendance at obligatory meetings, not null
 * @param participation how many duty activities the member took part in
 * @param proposals     how many proposals the member led or co-signed
 * @param reports       how many social-condition reports the member submitted
 * @param findings      what the rules found for the year, not null
 */
public record NotificationRow(MemberId memberId, SectorId sectorId, boolean standing, Optional<AnnualScore> score, AttendanceSummary attendance,
                              int participation, int proposals, int reports, List<FindingKind> findings) {

    /** Rejects nulls; copies the findings. */
    public NotificationRow {
        Guard.required(memberId, "memberId");
        Guard.required(sectorId, "sectorId");
        Guard.required(score, "score");
        Guard.required(attendance, "attendance");
        findings = List.copyOf(Guard.required(findings, "findings"));
    }

    /** @return the score in tenths of a point, or −1 without a score, for ranking; never null */
    public Integer rankingValue() {
        return score.map(s -> s.total().tenths()).orElse(-1);
    }
}
