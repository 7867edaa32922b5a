package org.xieshang.domain.socialreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyWorld;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.inmemory.InMemoryHandlingUnits;
import org.xieshang.domain.inmemory.InMemoryProposals;
import org.xieshang.domain.inmemory.InMemorySocialReports;
import org.xieshang.domain.inmemory.InMemoryWorkingCalendars;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Recipient;
import org.xieshang.domain.proposal.HandlingPeriods;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalOffice;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.ProposerDesk;
import org.xieshang.domain.proposal.ProposerKind;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.testkit.DomainErrors;
import org.xieshang.domain.testkit.Fixtures;

/**
 * Social-condition reports through the member's desk, the information office and leaders' instructions, on in-memory
 * storage: each step credits the submitter's duty file once, authors hear of status changes, and a refusal writes
 * nothing.
 */
class SocialReportLoopTest {

    private final DutyWorld world = new DutyWorld();
    private final InMemorySocialReports reports = new InMemorySocialReports();
    private final List<Notice> notices = new ArrayList<>();
    private final ReportDesk desk = new ReportDesk(reports, world.storage.members(), world.recorder, notices::add, world.clock);
    private final ReportEditorial editorial = new ReportEditorial(reports, world.recorder, notices::add, world.clock);
    private final ReportInstructions leaders = new ReportInstructions(reports, world.recorder, notices::add, world.clock);
    private final Member submitter = world.member("陈思远", LocalDate.of(2022, 1, 10), false);
    private final Member coAuthor = world.member("刘佳", LocalDate.of(2022, 1, 10), false);

    @Test
    void a_report_goes_from_submission_through_editing_and_adoption_upward_to_a_leaders_instruction() {
        SocialReport report = submitted();
        assertThat(credits(submitter)).containsExactly(DutyEventKind.REPORT_SUBMITTED);
        assertThat(notices).as("no notice of one's own submission").isEmpty();

        at(2026, 3, 3);
        report = editorial.edit(report.id(), report.version(), new ReportContent("电动自行车楼道充电隐患亟须治理", "编辑后的正文。", ProposalCategory.URBAN_DEVELOPMENT),
                "info.office");
        assertThat(report.currentContent().title()).isEqualTo("电动自行车楼道充电隐患亟须治理");
        assertThat(report.content().title()).as("the member's own text is kept").isEqualTo("关于老旧小区电动自行车充电安全的建议");
        report = editorial.adopt(report.id(), report.version(), "编入《社情民意》第3期", "info.office");
        assertThat(report.decision()).hasValueSatisfying(d -> assertThat(d.adopted()).isTrue());

        at(2026, 3, 6);
        report = editorial.reportUpward(report.id(), report.version(), "省政协", Optional.empty(), "info.office");
        report = editorial.reportUpward(report.id(), report.version(), "市委办公室", Optional.of(LocalDate.of(2026, 3, 5)), "info.office");
        assertThat(report.status()).isEqualTo(SocialReportStatus.REPORTED_UPWARD);
        report = editorial.recordUpperAdoption(report.id(), report.version(), "省政协", Optional.empty(), "省政协《社情民意》第12期", "info.office");
        assertThat(report.upward("省政协")).hasValueSatisfying(u -> assertThat(u.adoptedOn()).contains(LocalDate.of(2026, 3, 6)));

        at(2026, 3, 10);
        report = leaders.record(report.id(), report.version(), new Instruction("市委书记 王某某", "请市消防救援支队会同住建局研究解决。",
                LocalDate.of(2026, 3, 9)), "leader");
        report = leaders.record(report.id(), report.version(), new Instruction("市长 李某某", "同意。", LocalDate.of(2026, 3, 10)), "leader");

        assertThat(report.status()).isEqualTo(SocialReportStatus.INSTRUCTED);
        assertThat(report.instructions()).extracting(Instruction::leader).containsExactly("市委书记 王某某", "市长 李某某");
        assertThat(report.history()).extracting(ReportTransition::action).containsExactly(SocialReportAction.SUBMIT, SocialReportAction.EDIT,
                SocialReportAction.ADOPT, SocialReportAction.REPORT_UPWARD, SocialReportAction.REPORT_UPWARD, SocialReportAction.RECORD_UPPER_ADOPTION,
                SocialReportAction.RECORD_INSTRUCTION, SocialReportAction.RECORD_INSTRUCTION);
        assertThat(events(submitter)).extracting(DutyEvent::kind, DutyEvent::occurredOn).containsExactly(
                tuple(DutyEventKind.REPORT_SUBMITTED, LocalDate.of(2026, 3, 2)),
                tuple(DutyEventKind.REPORT_ADOPTED, LocalDate.of(2026, 3, 3)),
                tuple(DutyEventKind.REPORT_FORWARDED_UPWARD, LocalDate.of(2026, 3, 6)),
                tuple(DutyEventKind.REPORT_INSTRUCTED, LocalDate.of(2026, 3, 9)));
        SourceRef source = SourceRef.of(SourceType.SOCIAL_REPORT, report.id());
        assertThat(events(submitter)).allSatisfy(e -> assertThat(e.source()).isEqualTo(source));
        assertThat(credits(coAuthor)).as("co-authors are named, not credited").isEmpty();
        assertThat(notices).extracting(Notice::recipient, Notice::code).contains(
                tuple(Recipient.member(submitter.id()), "notice.social-report.status"),
                tuple(Recipient.member(coAuthor.id()), "notice.social-report.status"));
        assertThat(notices).as("edited, adopted, reported upward, instructed: to both authors").hasSize(8);
        assertThat(reports.search(SocialReportQuery.of(world.committee.id(), 2026).concerning(coAuthor.id()), PageRequest.of(0, 10)).items())
                .containsExactly(report);
    }

    @Test
    void a_report_returned_and_handed_in_again_is_credited_once_and_a_withdrawal_takes_the_credit_back() {
        SocialReport report = submitted();
        at(2026, 3, 3);
        report = editorial.edit(report.id(), report.version(), report.content(), "info.office");
        report = editorial.returnForRevision(report.id(), report.version(), "请补充涉及的小区和户数", "info.office");
        assertThat(report.status()).isEqualTo(SocialReportStatus.DRAFT);
        assertThat(report.editing()).as("the member's revision is edited anew").isEmpty();
        assertThat(report.submittedAt()).isEmpty();

        report = desk.editDraft(report.id(), report.version(), List.of(), new ReportContent("关于老旧小区电动自行车充电安全的建议",
                "涉及城东片区12个小区约3000户。", ProposalCategory.URBAN_DEVELOPMENT), "member");
        report = desk.submit(report.id(), report.version(), "member");
        assertThat(credits(submitter)).containsExactly(DutyEventKind.REPORT_SUBMITTED);
        assertThat(report.coAuthors()).isEmpty();

        report = desk.withdraw(report.id(), report.version(), "问题已解决", "member");
        assertThat(report.status()).isEqualTo(SocialReportStatus.WITHDRAWN);
        assertThat(credits(submitter)).isEmpty();
    }

    @Test
    void refusals_write_nothing() {
        SocialReport submitted = submitted();
        SocialReportId id = submitted.id();
        long version = submitted.version();
        at(2026, 3, 3);

        assertThat(DomainErrors.codeOf(() -> editorial.adopt(id, version, null, "info.office")))
                .as("adopted before it is edited").isEqualTo("social-report.action.not-allowed");
        assertThat(DomainErrors.raisedBy(() -> editorial.decline(id, version, " ", "info.office")))
                .satisfies(e -> assertThat(e.code()).isEqualTo("field.required"))
                .satisfies(e -> assertThat(e.field()).contains("reason"));
        assertThatThrownBy(() -> editorial.edit(id, version - 1, submitted.content(), "info.office")).isInstanceOf(ConcurrentUpdateException.class);
        SocialReport edited = editorial.edit(id, version, submitted.content(), "info.office");
        SocialReport adopted = editorial.adopt(id, edited.version(), null, "info.office");
        assertThat(DomainErrors.codeOf(() -> editorial.reportUpward(id, adopted.version(), "省政协", Optional.of(LocalDate.of(2026, 3, 2)),
                "info.office"))).as("reported before it was adopted").isEqualTo("social-report.upward.date");
        assertThat(DomainErrors.codeOf(() -> editorial.recordUpperAdoption(id, adopted.version(), "省政协", Optional.empty(), null,
                "info.office"))).as("upper adoption without an upward report").isEqualTo("social-report.action.not-allowed");
        assertThat(DomainErrors.codeOf(() -> leaders.record(id, adopted.version(), new Instruction("市长 李某某", "阅。", LocalDate.of(2026, 3, 4)),
                "leader"))).as("an instruction dated tomorrow").isEqualTo("social-report.instruction.date");
        assertThat(reports.require(id)).isEqualTo(adopted);
        SocialReport upward = editorial.reportUpward(id, adopted.version(), "省政协", Optional.empty(), "info.office");
        List<DutyEventKind> creditsBefore = credits(submitter);
        int noticesBefore = notices.size();
        assertThat(DomainErrors.codeOf(() -> editorial.reportUpward(id, upward.version(), " 省政协 ", Optional.empty(), "info.office")))
                .isEqualTo("social-report.upward.twice");
        assertThat(DomainErrors.codeOf(() -> editorial.recordUpperAdoption(id, upward.version(), "全国政协", Optional.empty(), null, "info.office")))
                .isEqualTo("social-report.upward.unknown");

        assertThat(reports.require(id)).isEqualTo(upward);
        assertThat(credits(submitter)).isEqualTo(creditsBefore);
        assertThat(notices).hasSize(noticesBefore);
        Committee other = world.storage.committees().save(Fixtures.cityCommittee());
        assertThat(DomainErrors.raisedBy(() -> desk.draft(world.committee.id(), 2026, submitter.id(), List.of(MemberId.generate()),
                ReportWalk.content("标题")))).satisfies(e -> assertThat(e.code()).isEqualTo("not-found.member"))
                .satisfies(e -> assertThat(e.field()).contains("coAuthors"));
        assertThat(DomainErrors.codeOf(() -> desk.draft(other.id(), 2026, submitter.id(), List.of(), ReportWalk.content("标题"))))
                .as("a member of another committee").isEqualTo("not-found.member");
        assertThat(reports.search(SocialReportQuery.of(world.committee.id(), 2026), PageRequest.of(0, 10)).items()).containsExactly(upward);
    }

    @Test
    void a_member_proposal_turned_into_a_report_is_handed_in_at_once_and_a_collective_one_is_refused() {
        InMemoryProposals proposals = new InMemoryProposals();
        ProposerDesk proposers = new ProposerDesk(proposals, world.storage.members(), notices::add, world.clock);
        ProposalOffice office = new ProposalOffice(proposals, new InMemoryHandlingUnits(), new CommitteeCalendars(new InMemoryWorkingCalendars()),
                HandlingPeriods.DEFAULTS, world.recorder, editorial, notices::add, world.clock);
        at(2026, 1, 20);
        Proposal proposal = proposers.draft(world.committee.id(), 2026, ProposalOrigin.BETWEEN_SESSIONS, Proposer.member(submitter.id()),
                new ProposalContent("关于农村留守老人助餐服务的建议", "部分村留守老人吃饭难。", "一、设立村级助餐点；二、给予运营补贴。", ProposalCategory.SOCIAL_WELFARE));
        proposal = proposers.inviteCoSigner(proposal.id(), proposal.version(), coAuthor.id(), "member");
        proposal = proposers.answerInvitation(proposal.id(), proposal.version(), coAuthor.id(), true, "co");
        proposal = proposers.submit(proposal.id(), proposal.version(), "member");
        Proposal collective = proposers.draft(world.committee.id(), 2026, ProposalOrigin.BETWEEN_SESSIONS, Proposer.collective(ProposerKind.SECTOR,
                "经济界"), new ProposalContent("关于优化营商环境的建议", "现状。", "建议。", ProposalCategory.ECONOMY));
        collective = proposers.submit(collective.id(), collective.version(), "proposal.office");

        at(2026, 2, 2);
        proposal = office.convert(proposal.id(), proposal.version(), "更宜作为社情民意信息反映", "proposal.office");
        assertThat(proposal.status()).isEqualTo(ProposalStatus.CONVERTED);
        SocialReport report = reports.search(SocialReportQuery.of(world.committee.id(), 2026), PageRequest.of(0, 10)).items().get(0);
        assertThat(report.status()).isEqualTo(SocialReportStatus.SUBMITTED);
        assertThat(report.origin()).contains(proposal.id());
        assertThat(report.submitter()).isEqualTo(submitter.id());
        assertThat(report.coAuthors()).containsExactly(coAuthor.id());
        assertThat(report.content().title()).isEqualTo("关于农村留守老人助餐服务的建议");
        assertThat(report.content().text()).isEqualTo("部分村留守老人吃饭难。\n\n一、设立村级助餐点；二、给予运营补贴。");
        assertThat(report.history()).singleElement().satisfies(t -> assertThat(t.actor()).isEqualTo("proposal.office"));
        assertThat(credits(submitter)).containsExactly(DutyEventKind.REPORT_SUBMITTED);

        Proposal before = proposals.require(collective.id());
        assertThat(DomainErrors.codeOf(() -> office.convert(before.id(), before.version(), null, "proposal.office")))
                .isEqualTo("social-report.proposal.collective");
        assertThat(proposals.require(collective.id())).isEqualTo(before);
        assertThat(reports.search(SocialReportQuery.of(world.committee.id(), 2026), PageRequest.of(0, 10)).totalElements()).isOne();
    }

    private SocialReport submitted() {
        at(2026, 3, 2);
        SocialReport draft = desk.draft(world.committee.id(), 2026, submitter.id(), List.of(coAuthor.id()),
                ReportWalk.content("关于老旧小区电动自行车充电安全的建议"));
        assertThat(draft.status()).isEqualTo(SocialReportStatus.DRAFT);
        return desk.submit(draft.id(), draft.version(), "member");
    }

    private List<DutyEvent> events(Member member) {
        return world.duty.events().ofMember(member.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private List<DutyEventKind> credits(Member member) {
        return events(member).stream().map(DutyEvent::kind).toList();
    }

    private void at(int year, int month, int day) {
        world.clock.setTo(LocalDateTime.of(year, month, day, 9, 0));
    }
}
