package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;
import org.xieshang.domain.socialreport.SocialReports;

/**
 * What every adapter of {@link SocialReports} must do: keep a report with everything that happened to it, refuse stale
 * writes, and list a committee's year by status, member and category, in the order the reports were handed in.
 */
public abstract class SocialReportsContract extends StorageContract {

    private static final MemberId SUBMITTER = MemberId.generate();
    private static final MemberId CO_AUTHOR = MemberId.generate();

    /** @return the adapter's report port, on the same storage as {@link #storage()}; never null */
    protected abstract SocialReports socialReports();

    @Test
    void a_report_is_kept_with_everything_that_happened_to_it() {
        CommitteeId committee = storedCommittee().id();
        SocialReport lived = lived(committee);
        SocialReport stored = socialReports().save(lived);

        assertThat(stored.version()).isPositive();
        assertThat(socialReports().find(stored.id())).contains(stored);
        SocialReport back = socialReports().require(stored.id());
        assertThat(back.withVersion(0)).isEqualTo(lived.withVersion(0));
        assertThat(back.upwardReports()).hasSize(2).first().satisfies(u -> assertThat(u.adoptionNote()).contains("刊发于第12期"));
        assertThat(back.editing()).isEqualTo(lived.editing());
        assertThat(back.origin()).isEqualTo(lived.origin());
        assertThatThrownBy(() -> socialReports().require(SocialReportId.generate())).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).code()).isEqualTo("not-found.social-report"));
    }

    @Test
    void a_stale_write_is_refused_and_nothing_changes() {
        CommitteeId committee = storedCommittee().id();
        SocialReport first = socialReports().save(submitted(committee, "甲", 3));
        SocialReport edited = socialReports().save(first.edit(content("甲（编辑）"), act(day(4))));

        assertThatThrownBy(() -> socialReports().save(first.withdraw(null, act(day(4))))).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> socialReports().save(draft(committee, "乙").withVersion(3))).as("a new report at a version")
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(socialReports().require(first.id())).isEqualTo(edited);
    }

    @Test
    void the_register_lists_in_the_order_handed_in_and_filters_by_status_member_category_and_year() {
        CommitteeId committee = storedCommittee().id();
        SocialReport later = socialReports().save(submitted(committee, "后报送", 5));
        SocialReport earlier = socialReports().save(lived(committee));
        SocialReport draft = socialReports().save(draft(committee, "草稿"));
        SocialReport alone = socialReports().save(SocialReport.draft(SocialReportId.generate(), committee, 2026, CO_AUTHOR, List.of(),
                new ReportContent("独自撰写", "正文。", ProposalCategory.ECOLOGY), Optional.empty()).submit(act(day(6))));
        socialReports().save(SocialReport.draft(SocialReportId.generate(), committee, 2025, SUBMITTER, List.of(), content("去年"), Optional.empty()));

        SocialReportQuery year = SocialReportQuery.of(committee, 2026);
        assertThat(all(year)).extracting(SocialReport::id).containsExactly(earlier.id(), later.id(), alone.id(), draft.id());
        assertThat(all(year.inStatus(Set.of(SocialReportStatus.DRAFT, SocialReportStatus.INSTRUCTED)))).extracting(SocialReport::id)
                .containsExactly(earlier.id(), draft.id());
        assertThat(all(year.concerning(CO_AUTHOR))).extracting(SocialReport::id).containsExactly(earlier.id(), later.id(), alone.id(), draft.id());
        assertThat(all(year.concerning(SUBMITTER))).extracting(SocialReport::id).containsExactly(earlier.id(), later.id(), draft.id());
        assertThat(all(year.concerning(MemberId.generate()))).isEmpty();
        assertThat(all(year.inCategory(ProposalCategory.ECOLOGY))).extracting(SocialReport::id).containsExactly(alone.id());
        assertThat(all(SocialReportQuery.of(committee, 2025))).hasSize(1);
        assertThat(all(SocialReportQuery.of(storedCommittee().id(), 2026))).isEmpty();

        var page = socialReports().search(year, PageRequest.of(1, 3));
        assertThat(page.totalElements()).isEqualTo(4);
        assertThat(page.items()).extracting(SocialReport::id).containsExactly(draft.id());
        assertThat(socialReports().search(year, PageRequest.of(2, 3)).items()).isEmpty();
    }

    private List<SocialReport> all(SocialReportQuery query) {
        return socialReports().search(query, PageRequest.of(0, 50)).items();
    }

    private static ReportContent content(String title) {
        return new ReportContent(title, "群众反映：“引号”、换行\n和 \\ 反斜杠都要原样保存。", ProposalCategory.URBAN_DEVELOPMENT);
    }

    private static SocialReport draft(CommitteeId committee, String title) {
        return SocialReport.draft(SocialReportId.generate(), committee, 2026, SUBMITTER, List.of(CO_AUTHOR), content(title), Optional.empty());
    }

    private static SocialReport submitted(CommitteeId committee, String title, int dayOfMarch) {
        return draft(committee, title).submit(act(day(dayOfMarch)));
    }

    /** A report turned from a proposal, returned once, edited, adopted, reported to two upper bodies (one adopting it) and instructed. */
    private static SocialReport lived(CommitteeId committee) {
        SocialReport r = SocialReport.draft(SocialReportId.generate(), committee, 2026, SUBMITTER, List.of(CO_AUTHOR), content("关于加装电梯的建议"),
                Optional.of(ProposalId.generate()));
        r = r.submit(act(day(1))).returnForRevision("请补充数据", act(day(1))).editDraft(List.of(CO_AUTHOR), content("关于加装电梯的建议（修改）"), act(day(2)));
        r = r.submit(act(day(2))).edit(content("加装电梯审批宜简化"), act(day(9))).adopt("编入《社情民意》第3期", act(day(10)));
        r = r.reportUpward("省政协", day(11), act(day(11))).reportUpward("市委办公室", day(11), act(day(12)));
        r = r.recordUpperAdoption("省政协", day(13), "刊发于第12期", act(day(14)));
        return r.recordInstruction(new Instruction("市委书记 王某某", "请住建局研究。", day(15)), act(day(15)));
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }

    private static Act act(LocalDate on) {
        return new Act("info.office", on.atTime(9, 30).toInstant(ZoneOffset.ofHours(8)), on);
    }
}
