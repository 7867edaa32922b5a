package org.xieshang.app.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.xieshang.app.application.feed.FeedPublisher;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.ReportDesk;
import org.xieshang.domain.socialreport.ReportEditorial;
import org.xieshang.domain.socialreport.ReportInstructions;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReports;

/**
 * Loads this year's demo social-condition reports, in one transaction, once: for the city and each county, a few
 * reports by serving members at every stage (handed in, edited, adopted, reported upward, instructed, not adopted, a
 * draft), through the same use cases as the screens, so that the duty files are credited and every change enters the
 * change feed. The first member by code, whose record the demo member account uses, writes none: the demo member's own
 * list starts empty.
 */
@ApplicationScoped
public class SocialReportDemoLoader {

    private static final Logger LOG = Logger.getLogger(SocialReportDemoLoader.class.getName());
    private static final String OFFICE = "proposal.demo";
    private static final String LEADER = "leader.demo";
    private static final String MEMBER = "demo-data";

    /** Fictional reports: title, text and category. */
    private static final List<ReportContent> TEXTS = List.of(
            text("关于规范城区电动自行车停放充电的建议", "部分老旧小区居民将电动自行车推入楼道充电，存在较大火灾隐患。建议加快建设集中充电设施，落实物业管理责任。",
                    ProposalCategory.URBAN_DEVELOPMENT),
            text("关于加强农村饮用水安全保障的建议", "部分山区村庄供水设施老化，枯水期供水不稳定。建议实施农村供水提质改造，健全管护机制。",
                    ProposalCategory.AGRICULTURE),
            text("关于缓解学校周边上下学交通拥堵的建议", "中心城区多所学校周边上下学时段拥堵严重。建议错峰放学，设置临时停靠区，增加校车线路。",
                    ProposalCategory.EDUCATION_SCIENCE),
            text("关于推进社区嵌入式养老服务的建议", "老年人口比重持续上升，社区养老服务供给不足。建议利用闲置用房建设嵌入式养老服务站。",
                    ProposalCategory.SOCIAL_WELFARE),
            text("关于加强预付式消费监管的建议", "健身、美容、教育培训等行业预付卡纠纷多发。建议建立资金存管制度，畅通投诉渠道。",
                    ProposalCategory.GOVERNANCE),
            text("关于提升乡镇卫生院服务能力的建议", "部分乡镇卫生院医务人员短缺、设备陈旧。建议推进县域医共体建设，落实人才下沉激励政策。",
                    ProposalCategory.HEALTH),
            text("关于保护传统村落风貌的建议", "部分传统村落存在拆旧建新、风貌失调的问题。建议编制保护规划，设立修缮补助资金。",
                    ProposalCategory.CULTURE_TOURISM));

    @Inject
    Committees committees;
    @Inject
    Members members;
    @Inject
    SocialReports reports;
    @Inject
    ReportDesk desk;
    @Inject
    ReportEditorial editorial;
    @Inject
    ReportInstructions instructions;
    @Inject
    FeedPublisher feed;
    @Inject
    Clock clock;

    /** Loads the demo's reports of this year unless the city has some already or there is no demo organisation. */
    @Transactional
    public void loadIfEmpty() {
        Optional<Committee> city = committees.all().stream().filter(c -> c.level() == CommitteeLevel.CITY).findFirst();
        int year = LocalDate.now(clock).getYear();
        if (city.isEmpty() || reports.search(SocialReportQuery.of(city.get().id(), year), PageRequest.of(0, 1)).totalElements() > 0) {
            return;
        }
        List<Committee> all = new ArrayList<>(List.of(city.get()));
        all.addAll(committees.childrenOf(city.get().id()));
        int loaded = 0;
        for (Committee committee : all) {
            boolean isCity = committee.level() == CommitteeLevel.CITY;
            loaded += load(committee, year, isCity ? "省政协" : city.get().name(), isCity ? "市委书记 周明远" : "县委书记 林国栋");
        }
        int count = loaded;
        LOG.info(() -> count + " demo social-condition reports loaded");
    }

    /** @return how many reports it wrote: one per stage, as far as the committee has serving members for them */
    private int load(Committee committee, int year, String upperBody, String leader) {
        List<Member> writers = writers(committee);
        int stages = Math.min(writers.size(), TEXTS.size());
        for (int stage = 0; stage < stages; stage++) {
            SocialReport report = desk.draft(committee.id(), year, writers.get(stage).id(), List.of(), TEXTS.get(stage));
            if (stage < TEXTS.size() - 1) {
                advance(desk.submit(report.id(), report.version(), MEMBER), stage, upperBody, leader);
            }
        }
        return stages;
    }

    /**
     * Takes a submitted report to its stage: 0 handed in, 1 edited, 2 adopted, 3 reported upward, 4 instructed, 5 not
     * adopted. Each state enters the change feed, as {@code SocialReportService} puts it there.
     */
    private void advance(SocialReport submitted, int stage, String upperBody, String leader) {
        SocialReport r = published(submitted);
        if (stage == 0) {
            return;
        }
        if (stage == 5) {
            published(editorial.decline(r.id(), r.version(), "同类情况已有反映，留作参考", OFFICE));
            return;
        }
        r = published(editorial.edit(r.id(), r.version(), new ReportContent(r.content().title().replace("关于", "").replace("的建议", ""),
                r.content().text(), r.content().category()), OFFICE));
        if (stage >= 2) {
            r = published(editorial.adopt(r.id(), r.version(), "编入《社情民意》专报", OFFICE));
        }
        if (stage >= 3) {
            r = published(editorial.reportUpward(r.id(), r.version(), upperBody, Optional.empty(), OFFICE));
            r = published(editorial.recordUpperAdoption(r.id(), r.version(), upperBody, Optional.empty(), "刊发于上级《社情民意》", OFFICE));
        }
        if (stage >= 4) {
            published(instructions.record(r.id(), r.version(), new Instruction(leader, "请有关部门认真研究，提出解决办法。", LocalDate.now(clock)),
                    LEADER));
        }
    }

    private SocialReport published(SocialReport report) {
        feed.socialReport(report);
        return report;
    }

    /** Members serving today, by code, but for the first: the demo member account's own record. */
    private List<Member> writers(Committee committee) {
        LocalDate today = LocalDate.now(clock);
        return members.search(MemberQuery.of(committee.id()).sortedBy(MemberSort.CODE, true), PageRequest.of(0, 40)).items().stream().skip(1)
                .filter(m -> m.memberships().stream().anyMatch(t -> t.covers(today))).limit(TEXTS.size()).toList();
    }

    private static ReportContent text(String title, String text, ProposalCategory category) {
        return new ReportContent(title, text, category);
    }
}
