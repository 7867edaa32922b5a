package org.xieshang.domain.socialreport;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.ProposalCategory;

/** For tests: a member's report walked to any status along the usual path, in March 2026. */
final class ReportWalk {

    static final CommitteeId COMMITTEE = CommitteeId.generate();
    static final MemberId SUBMITTER = MemberId.generate();
    static final MemberId CO_AUTHOR = MemberId.generate();
    static final String PROVINCE = "省政协";

    private ReportWalk() {
    }

    static Act on(LocalDate day, String actor) {
        return new Act(actor, day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), day);
    }

    static Act office(LocalDate day) {
        return on(day, "info.office");
    }

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    static ReportContent content(String title) {
        return new ReportContent(title, "部分老旧小区电动自行车在楼道充电，存在火灾隐患。建议加快建设集中充电设施。", ProposalCategory.URBAN_DEVELOPMENT);
    }

    static SocialReport draft() {
        return SocialReport.draft(SocialReportId.generate(), COMMITTEE, 2026, SUBMITTER, List.of(CO_AUTHOR), content("关于老旧小区电动自行车充电安全的建议"),
                Optional.empty());
    }

    /** @return a report in the status, reached along the usual path */
    static SocialReport in(SocialReportStatus status) {
        SocialReport submitted = draft().submit(on(march(2), "member"));
        return switch (status) {
            case DRAFT -> draft();
            case SUBMITTED -> submitted;
            case WITHDRAWN -> submitted.withdraw("另有渠道反映", on(march(3), "member"));
            case EDITED -> submitted.edit(content("电动自行车楼道充电隐患亟须治理"), office(march(4)));
            case NOT_ADOPTED -> in(SocialReportStatus.EDITED).decline("已有同类信息", office(march(5)));
            case ADOPTED -> in(SocialReportStatus.EDITED).adopt("编入《社情民意》第3期", office(march(5)));
            case REPORTED_UPWARD -> in(SocialReportStatus.ADOPTED).reportUpward(PROVINCE, march(6), office(march(6)));
            case INSTRUCTED -> in(SocialReportStatus.REPORTED_UPWARD).recordInstruction(new Instruction("市委书记 王某某", "请市消防救援支队会同住建局研究。",
                    march(9)), office(march(9)));
        };
    }
}
