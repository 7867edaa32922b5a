package org.xieshang.app.application.duty;

import java.util.Optional;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoreTrace;
import org.xieshang.domain.member.Member;

/**
 * A member's duty file for a year as the screens and the API show it.
 *
 * @param member     the member, not null
 * @param year       the year
 * @param file       the ledger with its totals, not null
 * @param trace      the score with every line, if the committee has a scheme for the year
 * @param previous   the score under the previous revision of the scheme, if the scheme was revised
 * @param attendance attendance at obligatory meetings during the membership, not null
 */
public record MemberDutyFile(Member member, int year, DutyFile file, Optional<ScoreTrace> trace, Optional<AnnualScore> previous,
                             AttendanceSummary attendance) {
}
