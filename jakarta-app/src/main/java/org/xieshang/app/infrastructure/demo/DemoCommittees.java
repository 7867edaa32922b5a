package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.infrastructure.demo.CommitteePlan.Area;
import org.xieshang.app.infrastructure.demo.CommitteePlan.EndingPlan;
import org.xieshang.app.infrastructure.demo.CommitteePlan.LiaisonGroupPlan;
import org.xieshang.app.infrastructure.demo.CommitteePlan.Period;
import org.xieshang.app.infrastructure.demo.CommitteePlan.SectorGroupPlan;
import org.xieshang.app.infrastructure.demo.CommitteePlan.SpecialCommitteePlan;
import org.xieshang.app.infrastructure.demo.CommitteePlan.TermPlan;
import org.xieshang.app.infrastructure.demo.CommitteePlan.WorkstationPlan;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.sector.SectorPreset;
import org.xieshang.domain.workstation.PlaceKind;

/**
 * The three committees of the demo data set. All of it is FICTIONAL: 澄湖市, 望川县 and 云岫县 do not
 * exist, and neither do their districts, towns, streets, units or people.
 */
final class DemoCommittees {

    private static final String STANDING_MEETING = "常务委员会会议";
    private static final String CHAIRMAN_MEETING = "主席会议";

    private DemoCommittees() {
    }

    /** @return the city committee first, then its county committees */
    static List<CommitteePlan> all() {
        return List.of(chenghu(), wangchuan(), yunxiu());
    }

    /** @return 政协澄湖市委员会 */
    static CommitteePlan chenghu() {
        TermPlan eighth = new TermPlan(8, date("2018-01-06"), date("2023-01-07"), date("2017-12-20"), List.of(
                Period.of("2018-01-06", "2018-01-09"), Period.of("2019-01-14", "2019-01-17"), Period.of("2020-01-06", "2020-01-09"),
                Period.of("2021-01-11", "2021-01-14"), Period.of("2022-01-10", "2022-01-13")));
        TermPlan ninth = new TermPlan(9, date("2023-01-08"), date("2028-01-07"), date("2022-12-21"), List.of(
                Period.of("2023-01-08", "2023-01-11"), Period.of("2024-01-15", "2024-01-18"), Period.of("2025-01-13", "2025-01-16"),
                Period.of("2026-01-12", "2026-01-14"), Period.of("2027-01-11", "2027-01-14")));
        return new CommitteePlan("CH", "政协澄湖市委员会", CommitteeLevel.CITY, "澄湖市", "澄湖", "澄政协", Optional.empty(),
                List.of(eighth, ninth), date("2023-12-20"), SectorPreset.STANDARD.sectorNames(), 180, 1000,
                List.of(new Area("湖滨区", 30, "990102", "澄湖市湖滨区", List.of("望湖路", "澄明路", "湖滨大道", "柳荫街")),
                        new Area("东岸区", 25, "990103", "澄湖市东岸区", List.of("迎潮路", "澄东大道", "青石巷", "渔港路")),
                        new Area("新城区", 25, "990104", "澄湖市新城区", List.of("锦园路", "新城大道", "启航路", "云杉街")),
                        new Area("望川县", 10, "990105", "澄湖市望川县", List.of("川口大街", "滨江路")),
                        new Area("云岫县", 10, "990106", "澄湖市云岫县", List.of("岫山路", "溪桥街"))),
                List.of(Ethnicity.HUI, Ethnicity.SHE, Ethnicity.MIAO, Ethnicity.TUJIA),
                List.of(new EndingPlan(DecisionKind.RESIGNATION, date("2023-06-28"), STANDING_MEETING,
                                "因工作调动离开澄湖市，本人申请辞去政协澄湖市第九届委员会委员，经常务委员会会议审议同意"),
                        new EndingPlan(DecisionKind.RESIGNATION, date("2024-10-24"), STANDING_MEETING,
                                "因个人原因申请辞去委员，经常务委员会会议审议同意"),
                        new EndingPlan(DecisionKind.ASKED_TO_RESIGN, date("2025-04-17"), CHAIRMAN_MEETING,
                                "连续两次无故缺席全体会议，经主席会议研究并征得中共澄湖市委统战部同意，劝其辞去委员"),
                        new EndingPlan(DecisionKind.STANDING_ORDERED_TO_RESIGN, date("2025-12-18"), STANDING_MEETING,
                                "一年内两次无故缺席常务委员会会议，责令辞去常务委员会委员职务，保留委员资格")),
                List.of(new SpecialCommitteePlan("提案委员会", List.of("特邀人士", "中国共产党"), false),
                        new SpecialCommitteePlan("经济委员会", List.of("经济", "工商联"), false),
                        new SpecialCommitteePlan("农业和农村委员会", List.of("农业"), false),
                        new SpecialCommitteePlan("委员工作委员会", List.of("中国共产党"), false),
                        new SpecialCommitteePlan("文化文史和学习委员会", List.of("文化艺术", "社会科学"), false),
                        new SpecialCommitteePlan("社会和法制委员会", List.of("社会福利和社会保障", "特邀人士"), false)),
                List.of(new SectorGroupPlan("民主党派界别活动组", List.of("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")),
                        new SectorGroupPlan("经济界别活动组", List.of("经济", "工商联")),
                        new SectorGroupPlan("教育科技界别活动组", List.of("教育", "科学技术", "科协", "社会科学")),
                        new SectorGroupPlan("医药卫生界别活动组", List.of("医药卫生"))),
                List.of(new LiaisonGroupPlan("湖滨区联络组", "湖滨区", List.of("湖滨区")),
                        new LiaisonGroupPlan("东岸区联络组", "东岸区", List.of("东岸区")),
                        new LiaisonGroupPlan("新城区联络组", "新城区", List.of("新城区")),
                        new LiaisonGroupPlan("县域联络组", "望川县、云岫县", List.of("望川县", "云岫县"))),
                List.of(new WorkstationPlan("湖滨街道委员工作站", "湖滨区湖滨街道", PlaceKind.STREET, "街道党工委副书记", "湖滨区",
                                List.of("医药卫生", "社会福利和社会保障"), date("2022-04-15")),
                        new WorkstationPlan("澄南街道委员工作站", "东岸区澄南街道", PlaceKind.STREET, "街道党工委副书记", "东岸区",
                                List.of("教育", "新闻出版"), date("2022-05-20")),
                        new WorkstationPlan("锦园街道委员工作站", "新城区锦园街道", PlaceKind.STREET, "街道党工委副书记", "新城区",
                                List.of("经济", "工商联"), date("2022-06-10"))));
    }

    /** @return 政协望川县委员会 */
    static CommitteePlan wangchuan() {
        TermPlan ninth = new TermPlan(9, date("2017-12-27"), date("2022-12-27"), date("2017-12-12"), List.of(
                Period.of("2017-12-27", "2017-12-29"), Period.of("2019-01-08", "2019-01-10"), Period.of("2020-01-07", "2020-01-09"),
                Period.of("2021-01-05", "2021-01-07"), Period.of("2022-01-05", "2022-01-07")));
        TermPlan tenth = new TermPlan(10, date("2022-12-28"), date("2027-12-27"), date("2022-12-12"), List.of(
                Period.of("2022-12-28", "2022-12-30"), Period.of("2024-01-08", "2024-01-10"), Period.of("2025-01-06", "2025-01-09"),
                Period.of("2026-01-05", "2026-01-07"), Period.of("2027-01-05", "2027-01-07")));
        return new CommitteePlan("WC", "政协望川县委员会", CommitteeLevel.COUNTY, "望川县", "望川", "望政协", Optional.of("CH"),
                List.of(ninth, tenth), date("2023-11-28"),
                List.of("中国共产党", "民革", "民盟", "民建", "民进", "农工党", "九三学社", "无党派人士", "共青团", "工会", "妇联",
                        "工商联", "科协", "文化艺术", "经济", "农业", "教育", "医药卫生"),
                60, 4000,
                List.of(new Area("川口镇", 40, "990121", "望川县川口镇", List.of("川口大街", "文昌路", "滨江路")),
                        new Area("柳湾镇", 25, "990121", "望川县柳湾镇", List.of("柳湾街", "新桥路")),
                        new Area("白沙乡", 15, "990121", "望川县白沙乡", List.of("白沙村", "沙湾路")),
                        new Area("桐林镇", 20, "990121", "望川县桐林镇", List.of("桐林大街", "林场路"))),
                List.of(Ethnicity.HUI, Ethnicity.TUJIA),
                List.of(new EndingPlan(DecisionKind.RESIGNATION, date("2024-05-30"), STANDING_MEETING,
                        "因工作调动离开望川县，本人申请辞去委员，经常务委员会会议审议同意")),
                List.of(new SpecialCommitteePlan("提案和委员工作委员会", List.of("中国共产党"), false),
                        new SpecialCommitteePlan("经济和农业农村委员会", List.of("经济", "农业", "工商联"), false),
                        new SpecialCommitteePlan("文化文史和学习委员会", List.of("文化艺术", "教育"), false)),
                List.of(new SectorGroupPlan("民主党派界别活动组", List.of("民革", "民盟", "民建", "民进", "农工党", "九三学社")),
                        new SectorGroupPlan("经济农业界别活动组", List.of("经济", "农业", "工商联"))),
                List.of(new LiaisonGroupPlan("川口联络组", "川口镇", List.of("川口镇")),
                        new LiaisonGroupPlan("北部乡镇联络组", "柳湾镇、白沙乡、桐林镇", List.of("柳湾镇", "白沙乡", "桐林镇"))),
                List.of(new WorkstationPlan("柳湾镇委员工作站", "望川县柳湾镇", PlaceKind.TOWNSHIP, "镇党委副书记", "柳湾镇",
                                List.of("农业", "医药卫生"), date("2022-03-18")),
                        new WorkstationPlan("白沙乡委员工作站", "望川县白沙乡", PlaceKind.TOWNSHIP, "乡党委副书记", "白沙乡",
                                List.of("教育", "农业"), date("2022-04-22"))));
    }

    /** @return 政协云岫县委员会 */
    static CommitteePlan yunxiu() {
        TermPlan ninth = new TermPlan(9, date("2017-12-28"), date("2022-12-28"), date("2017-12-13"), List.of(
                Period.of("2017-12-28", "2017-12-30"), Period.of("2019-01-09", "2019-01-11"), Period.of("2020-01-08", "2020-01-10"),
                Period.of("2021-01-06", "2021-01-08"), Period.of("2022-01-06", "2022-01-08")));
        TermPlan tenth = new TermPlan(10, date("2022-12-29"), date("2027-12-28"), date("2022-12-13"), List.of(
                Period.of("2022-12-29", "2022-12-31"), Period.of("2024-01-09", "2024-01-11"), Period.of("2025-01-07", "2025-01-10"),
                Period.of("2026-01-06", "2026-01-08"), Period.of("2027-01-06", "2027-01-08")));
        return new CommitteePlan("YX", "政协云岫县委员会", CommitteeLevel.COUNTY, "云岫县", "云岫", "云政协", Optional.of("CH"),
                List.of(ninth, tenth), date("2023-11-30"),
                List.of("中国共产党", "民盟", "民建", "民进", "致公党", "无党派人士", "共青团", "工会", "妇联", "青联", "工商联",
                        "科学技术", "经济", "农业", "教育", "医药卫生", "少数民族", "宗教"),
                60, 7000,
                List.of(new Area("岫城镇", 40, "990122", "云岫县岫城镇", List.of("岫山路", "溪桥街", "县前街")),
                        new Area("云溪镇", 25, "990122", "云岫县云溪镇", List.of("云溪街", "茶园路")),
                        new Area("竹坞乡", 15, "990122", "云岫县竹坞乡", List.of("竹坞村", "坞口路")),
                        new Area("枫岭镇", 20, "990122", "云岫县枫岭镇", List.of("枫岭大街", "岭下路"))),
                List.of(Ethnicity.SHE, Ethnicity.SHE, Ethnicity.SHE, Ethnicity.HUI, Ethnicity.MIAO),
                List.of(new EndingPlan(DecisionKind.DECEASE, date("2025-02-19"), CHAIRMAN_MEETING, "因病医治无效逝世")),
                List.of(new SpecialCommitteePlan("提案和委员工作委员会", List.of("中国共产党"), false),
                        new SpecialCommitteePlan("经济和农业农村委员会", List.of("经济", "农业"), false),
                        new SpecialCommitteePlan("文史和学习委员会", List.of("教育", "少数民族"), true)),
                List.of(new SectorGroupPlan("民主党派和无党派人士界别活动组", List.of("民盟", "民建", "民进", "致公党", "无党派人士"))),
                List.of(new LiaisonGroupPlan("岫城联络组", "岫城镇", List.of("岫城镇")),
                        new LiaisonGroupPlan("山区乡镇联络组", "云溪镇、竹坞乡、枫岭镇", List.of("云溪镇", "竹坞乡", "枫岭镇"))),
                List.of(new WorkstationPlan("云溪镇委员工作站", "云岫县云溪镇", PlaceKind.TOWNSHIP, "镇党委副书记", "云溪镇",
                                List.of("农业", "少数民族"), date("2022-03-25")),
                        new WorkstationPlan("竹坞乡委员工作站", "云岫县竹坞乡", PlaceKind.TOWNSHIP, "乡党委副书记", "竹坞乡",
                                List.of("医药卫生", "教育"), date("2022-05-06"))));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
