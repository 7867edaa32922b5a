package org.xieshang.app.infrastructure.demo;

import static org.xieshang.domain.consultation.ConsultationForm.CITY_COUNTY_JOINT;
import static org.xieshang.domain.consultation.ConsultationForm.COUNTERPART_CONSULTATION;
import static org.xieshang.domain.consultation.ConsultationForm.COURTYARD_DELIBERATION;
import static org.xieshang.domain.consultation.ConsultationForm.LIVELIHOOD_HALL;
import static org.xieshang.domain.consultation.ConsultationForm.PROPOSAL_HANDLING_CONSULTATION;
import static org.xieshang.domain.consultation.ConsultationForm.REMOTE_CONSULTATION;
import static org.xieshang.domain.consultation.ConsultationForm.SECTOR_CONSULTATION;
import static org.xieshang.domain.consultation.ConsultationForm.SPECIAL_CONSULTATION;
import static org.xieshang.domain.consultation.ConsultationForm.STANDING_COMMITTEE_SPECIAL_TOPIC;
import static org.xieshang.domain.consultation.ConsultationForm.TALK_IT_OVER;
import static org.xieshang.domain.consultation.ParticipantKind.DEPARTMENT_HEAD;
import static org.xieshang.domain.consultation.ParticipantKind.EXPERT;
import static org.xieshang.domain.consultation.ParticipantKind.RESIDENT;
import static org.xieshang.domain.consultation.ParticipantKind.STAKEHOLDER;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.infrastructure.demo.TopicPlan.ActivityPlan;
import org.xieshang.app.infrastructure.demo.TopicPlan.Guest;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.consultation.TopicSource;

/**
 * The fictional annual consultation plans of the demo: the city committee's, with a topic from every source, in
 * several forms and across the four quarters, and a shorter one of the county committee that has the county demo
 * accounts (云岫县). The activities are set at different steps, from not started to implementation tracked, so that
 * every screen of the consultation office has something to show. Places, units and people are invented.
 */
final class ConsultationCatalogue {

    /**
     * A committee's plan as the demo draws it up.
     *
     * @param committeeKey   the committee's key in {@link DemoCommittees}
     * @param partyCommittee the Party committee that approves the plan (审定)
     * @param approvalPrefix the prefix of the Party committee office's document numbers
     * @param officePrefix   the prefix of the committee office's document numbers, for the work plans
     * @param office         the committee's office, which keeps the plan and records the steps
     * @param screenedBy     who screens the topics
     * @param level          市 or 县, as in 市委领导点题
     * @param topics         the topics in plan order
     */
    record PlanSketch(String committeeKey, String partyCommittee, String approvalPrefix, String officePrefix, String office, String screenedBy,
                      String level, List<TopicPlan> topics) {
    }

    private static final String SPECIAL_ROOM = "市政协第一会议室";

    private ConsultationCatalogue() {
    }

    /** @return 政协澄湖市委员会's plan: twelve topics, one of them a city–county joint consultation */
    static PlanSketch city() {
        return new PlanSketch("CH", "中共澄湖市委", "澄委办发", "澄政协办", "市政协办公室", "市委办公室、市政府办公室、市政协办公室", "市", List.of(
                topic("加快发展普惠托育服务", "围绕全会期间委员提出的“关于加快发展普惠托育服务的提案”，与承办部门面对面协商托位供给、"
                        + "用地保障和运营补贴等问题，推动提案办理从“答复型”向“落实型”转变。", TopicSource.PROPOSED, ContentArea.SOCIAL_SECURITY,
                        PROPOSAL_HANDLING_CONSULTATION, 3, "提案委员会", "澄湖市卫生健康委员会", "social-security",
                        "事关婴幼儿照护这一民生关切，属社会保障类可协商事项；切口聚焦普惠托位供给，群众关注度高",
                        activity(8, 26, "14:30", 3, "市政协第二会议室", "提案委员会", List.of("医药卫生", "妇联"), 4,
                                List.of(guest(DEPARTMENT_HEAD, "澄湖市卫生健康委员会 副主任"), guest(EXPERT, "澄湖学院教育学院 副教授"),
                                        guest(STAKEHOLDER, "湖滨区启明托育园 园长")), "中共澄湖市卫生健康委员会党组", List.of())),
                topic("推进涉企服务集成改革，持续优化营商环境", "聚焦企业开办、工程建设项目审批、惠企政策兑现等环节的堵点，"
                        + "协商推进涉企服务“一件事”集成办理，提升经营主体获得感。", TopicSource.LEADER_ASSIGNED, ContentArea.REFORM,
                        SPECIAL_CONSULTATION, 4, "经济委员会", "澄湖市发展和改革委员会", "reform",
                        "市委主要领导点题，属改革中的重要问题；切口小、立意准，关联全市经营主体",
                        activity(8, 28, "14:30", 3, SPECIAL_ROOM, "经济委员会", List.of("经济", "工商联"), 5,
                                List.of(guest(DEPARTMENT_HEAD, "澄湖市发展和改革委员会 主任"), guest(DEPARTMENT_HEAD, "澄湖市行政审批服务局 局长"),
                                        guest(EXPERT, "澄湖学院经济管理学院 教授")), "中共澄湖市委常委会", List.of(
                                        advice("推行涉企经营许可“一件事”集成办理，将企业开办、变更登记办理时限压减至1个工作日", "澄湖市行政审批服务局"),
                                        advice("建立惠企政策“免申即享”清单，按季度向社会公布兑现情况", "澄湖市发展和改革委员会"),
                                        advice("完善政企沟通“直通车”机制，定期召开民营企业座谈会，对企业诉求实行闭环办理", "澄湖市工商业联合会")))),
                topic("提升中小学课后服务质量", "围绕课后服务内容单一、师资不足、收费不规范等问题，与市教育局开展对口协商，"
                        + "推动引入优质社会资源，减轻教师负担，满足家长多样化需求。", TopicSource.DEPARTMENT_CHOSEN, ContentArea.EDUCATION,
                        COUNTERPART_CONSULTATION, 5, "文化文史和学习委员会", "澄湖市教育局", "education",
                        "市教育局选题，属教育领域可协商事项；切口聚焦课后服务，关联全市中小学生家庭",
                        activity(7, 21, "14:30", 3, "澄湖市教育局三楼会议室", "文化文史和学习委员会", List.of("教育", "社会科学"), 4,
                                List.of(guest(DEPARTMENT_HEAD, "澄湖市教育局 副局长"), guest(STAKEHOLDER, "澄湖市实验小学家长委员会 主任"),
                                        guest(EXPERT, "澄湖学院教育学院 教授")), "中共澄湖市委教育工作领导小组", List.of())),
                topic("推进城乡养老服务体系建设", "针对农村养老服务设施薄弱、城市社区嵌入式养老服务供给不足等问题，召开专题议政性常委会议，"
                        + "就完善居家社区机构相协调、医养康养相结合的养老服务体系建言献策。", TopicSource.LEADER_ASSIGNED,
                        ContentArea.SOCIAL_SECURITY, STANDING_COMMITTEE_SPECIAL_TOPIC, 6, "社会和法制委员会", "澄湖市民政局", "social-security",
                        "市委领导点题，属社会保障领域的重大民生问题；关联全市老年群体",
                        activity(7, 25, "09:00", 4, "市政协常委会议室", "社会和法制委员会", List.of("社会福利和社会保障"), 3,
                                List.of(guest(DEPARTMENT_HEAD, "澄湖市民政局 局长"), guest(EXPERT, "澄湖学院社会发展学院 副教授")),
                                "中共澄湖市委常委会", List.of())),
                topic("规范老旧住宅小区停车秩序", "针对老旧住宅小区车位不足、占用消防通道、停车收费争议多等问题，在社区小院议事点"
                        + "与居民、物业和职能部门协商解决办法。", TopicSource.PUBLIC_CALL, ContentArea.HOUSING, COURTYARD_DELIBERATION, 8,
                        null, "澄湖市公安局交通警察支队", "housing", "来自面向社会征集的群众建议，属住房和居住环境类可协商事项；切口小，居民关切",
                        activity(6, 13, "19:00", 2, "东岸区青石巷社区小院议事点", "东岸区联络组", List.of(), 3,
                                List.of(guest(RESIDENT, "东岸区青石巷社区居民"), guest(RESIDENT, "东岸区青石巷社区居民"),
                                        guest(STAKEHOLDER, "澄湖润泽物业服务有限公司 项目经理"), guest(DEPARTMENT_HEAD, "东岸区城市管理局 副局长")),
                                null, List.of())),
                topic("推进县域城乡融合发展，全面推进乡村振兴", "市县两级政协联合调研、联合协商，围绕县域产业发展、农村人居环境整治"
                        + "和城乡基本公共服务均等化提出意见建议。", TopicSource.DEPARTMENT_CHOSEN, ContentArea.MAJOR_DOCUMENTS_AND_DECISIONS,
                        CITY_COUNTY_JOINT, 9, "农业和农村委员会", "澄湖市农业农村局", "major-decisions",
                        "市农业农村局选题，涉及市委关于乡村全面振兴的重大决策部署；需市县联动",
                        activity(6, 17, "09:00", 3, "望川县政协会议中心", "农业和农村委员会", List.of("农业"), 3,
                                List.of(guest(DEPARTMENT_HEAD, "澄湖市农业农村局 副局长"), guest(EXPERT, "澄湖市农业科学研究院 研究员")),
                                null, List.of())),
                topic("促进高校毕业生等青年群体就业创业", "通过远程协商平台连线县（区）会场，围绕稳岗扩岗、创业扶持和就业服务"
                        + "与市人力资源和社会保障局协商。", TopicSource.DEPARTMENT_CHOSEN, ContentArea.EMPLOYMENT, REMOTE_CONSULTATION, 10,
                        "社会和法制委员会", "澄湖市人力资源和社会保障局", "employment", "市人力资源和社会保障局选题，属就业类可协商事项；关联面广",
                        activity(6, 22, "14:30", 3, "市政协远程协商室", "社会和法制委员会", List.of("共青团", "青联", "教育"), 4,
                                List.of(guest(DEPARTMENT_HEAD, "澄湖市人力资源和社会保障局 副局长"), guest(EXPERT, "澄湖职业技术学院 副院长")),
                                null, List.of())),
                topic("加快城镇老旧小区改造，完善社区配套设施", "聚焦加装电梯、管网更新、适老化改造和改造后长效管理，"
                        + "在社区民生议事堂与居民代表、物业和住建部门共同协商。", TopicSource.PUBLIC_CALL, ContentArea.HOUSING, LIVELIHOOD_HALL, 11,
                        null, "澄湖市住房和城乡建设局", "housing", "来自面向社会征集的群众建议，属住房类可协商事项；切口小、立意准、关联广",
                        activity(5, 19, "14:30", 2, "湖滨区柳荫街社区民生议事堂", "委员工作委员会", List.of(), 3,
                                List.of(guest(RESIDENT, "湖滨区柳荫街社区居民代表"), guest(RESIDENT, "湖滨区柳荫街社区居民代表"),
                                        guest(RESIDENT, "湖滨区柳荫街社区居民代表"), guest(DEPARTMENT_HEAD, "澄湖市住房和城乡建设局 副局长"),
                                        guest(STAKEHOLDER, "湖滨区柳荫街社区居民委员会 主任")), null, List.of(
                                        advice("将加装电梯、适老化改造纳入老旧小区改造必改清单，简化加装电梯审批流程", "澄湖市住房和城乡建设局"),
                                        advice("推行“先协商、后改造”，改造方案经小区居民表决同意后实施", "湖滨区人民政府"),
                                        advice("建立改造后长效管理机制，引入专业物业服务或推行居民自治管理", "澄湖市住房和城乡建设局")))),
                topic("加强基层医疗卫生服务能力建设", "医药卫生界委员提出，围绕乡镇卫生院和社区卫生服务中心人才短缺、设备老化、"
                        + "家庭医生签约服务质量不高等问题开展界别协商。", TopicSource.PROPOSED, ContentArea.PUBLIC_HEALTH, SECTOR_CONSULTATION, 12,
                        null, "澄湖市卫生健康委员会", "public-health", "委员提出，属公共卫生类可协商事项；关联城乡居民就医",
                        activity(4, 10, "14:30", 3, "市政协第二会议室", "医药卫生界别活动组", List.of("医药卫生"), 3,
                                List.of(guest(DEPARTMENT_HEAD, "澄湖市卫生健康委员会 副主任"), guest(EXPERT, "澄湖市人民医院 主任医师")),
                                null, List.of())),
                topic("加强民主党派参政议政能力建设", "各民主党派市委会共同提出，就完善民主党派参加政协协商的工作机制、"
                        + "提高调研成果转化率开展专题协商。", TopicSource.PROPOSED, ContentArea.COMMON_AFFAIRS_OF_THE_PARTIES, SPECIAL_CONSULTATION, 12,
                        null, null, "parties", "属各党派参加人民政协工作的共同性事务",
                        activity(3, 17, "14:30", 3, SPECIAL_ROOM, "市政协办公室", List.of("民革", "民盟", "民建", "民进", "农工党", "九三学社"), 5,
                                List.of(guest(DEPARTMENT_HEAD, "中共澄湖市委统战部 副部长")), null, List.of())),
                topic("铸牢中华民族共同体意识，促进各民族交往交流交融", "围绕少数民族聚居村发展和民族团结进步创建开展专题协商。",
                        TopicSource.LEADER_ASSIGNED, ContentArea.UNITED_FRONT, SPECIAL_CONSULTATION, 12, "文化文史和学习委员会",
                        "澄湖市民族宗教事务局", "united-front", "市委统战部点题，属爱国统一战线的重要问题",
                        activity(2, 22, "09:00", 3, SPECIAL_ROOM, "文化文史和学习委员会", List.of("少数民族", "宗教"), 3,
                                List.of(), null, List.of())),
                topic("拓宽农民增收渠道，发展壮大村级集体经济", "在村级“有事好商量”议事会上，与村民、合作社和农业农村部门"
                        + "协商发展特色种养、乡村旅游和村集体经营性收入的办法。", TopicSource.DEPARTMENT_CHOSEN, ContentArea.INCOME, TALK_IT_OVER, 12,
                        "农业和农村委员会", "澄湖市农业农村局", "income", "市农业农村局选题，属收入分配类可协商事项；关联农村群众切身利益",
                        activity(0, 23, "14:30", 2, "望川县柳湾镇后湾村议事厅", "农业和农村委员会", List.of("农业"), 2,
                                List.of(guest(RESIDENT, "望川县柳湾镇后湾村村民")), null, List.of()))));
    }

    /** @return 政协云岫县委员会's plan: four topics, one from each source */
    static PlanSketch county() {
        return new PlanSketch("YX", "中共云岫县委", "云委办发", "云政协办", "县政协办公室", "县委办公室、县政府办公室、县政协办公室", "县", List.of(
                topic("推进竹坞乡农村生活污水治理", "在竹坞村“有事好商量”议事会上，就生活污水收集管网建设、处理设施运维和村民出资"
                        + "与村民、乡政府和生态环境部门协商。", TopicSource.LEADER_ASSIGNED, ContentArea.PUBLIC_HEALTH, TALK_IT_OVER, 5, null,
                        "云岫县农业农村局", "public-health", "县委领导点题，属公共卫生和人居环境类可协商事项；切口小，村民关切",
                        activity(8, 14, "14:30", 2, "云岫县竹坞乡竹坞村议事厅", "提案和委员工作委员会", List.of("农业"), 3,
                                List.of(guest(RESIDENT, "云岫县竹坞乡竹坞村村民"), guest(RESIDENT, "云岫县竹坞乡竹坞村村民"),
                                        guest(DEPARTMENT_HEAD, "云岫县竹坞乡人民政府 副乡长")), "中共云岫县竹坞乡委员会", List.of(
                                        advice("按照宜集中则集中、宜分散则分散的原则，分类建设农村生活污水处理设施", "云岫县农业农村局"),
                                        advice("落实设施运维经费和专人管护，将设施使用要求写入村规民约", "云岫县竹坞乡人民政府")))),
                topic("发展高山茶产业，带动茶农增收", "围绕云溪镇高山茶品牌建设、茶叶初制加工和电商销售，"
                        + "与县农业农村局开展对口协商。", TopicSource.DEPARTMENT_CHOSEN, ContentArea.INCOME, COUNTERPART_CONSULTATION, 9,
                        "经济和农业农村委员会", "云岫县农业农村局", "income", "县农业农村局选题，属收入分配类可协商事项；关联全县茶农",
                        activity(6, 16, "14:30", 3, "云岫县政协会议室", "经济和农业农村委员会", List.of("农业", "经济"), 3,
                                List.of(guest(DEPARTMENT_HEAD, "云岫县农业农村局 局长"), guest(STAKEHOLDER, "云岫县云溪镇茶叶专业合作社 理事长")),
                                null, List.of())),
                topic("整治岫城镇老街消防安全隐患", "老街木结构房屋集中、电线老化，在小院议事点与住户、商户和消防救援部门协商整治方案。",
                        TopicSource.PUBLIC_CALL, ContentArea.HOUSING, COURTYARD_DELIBERATION, 10, null, "云岫县消防救援大队", "housing",
                        "来自面向社会征集的群众建议，属住房安全类可协商事项；切口小，关联老街住户",
                        activity(5, 21, "19:00", 2, "云岫县岫城镇溪桥街小院议事点", "提案和委员工作委员会", List.of(), 2,
                                List.of(guest(RESIDENT, "云岫县岫城镇溪桥街居民"), guest(STAKEHOLDER, "云岫县岫城镇溪桥街商户代表"),
                                        guest(DEPARTMENT_HEAD, "云岫县消防救援大队 副大队长")), null, List.of())),
                topic("传承畲族文化，铸牢中华民族共同体意识", "委员提出，围绕畲族传统村落保护、非物质文化遗产传承和民族团结进步创建开展专题协商。",
                        TopicSource.PROPOSED, ContentArea.UNITED_FRONT, SPECIAL_CONSULTATION, 12, "文史和学习委员会", "云岫县民族宗教事务局",
                        "united-front", "委员提出，属爱国统一战线的重要问题",
                        activity(2, 18, "09:00", 3, "云岫县政协会议室", "文史和学习委员会", List.of("少数民族"), 3, List.of(), null,
                                List.of()))));
    }

    private static TopicPlan topic(String title, String description, TopicSource source, ContentArea area, ConsultationForm form, int month,
                                   String lead, String counterpart, String category, String reason, ActivityPlan activity) {
        return new TopicPlan(title, description, source, area, form, month, Optional.ofNullable(lead), Optional.ofNullable(counterpart), category,
                reason, Optional.ofNullable(activity));
    }

    private static ActivityPlan activity(int stepsDone, int day, String startsAt, int hours, String place, String organiser, List<String> sectors,
                                         int members, List<Guest> guests, String decidingOrganisation, List<Suggestion> suggestions) {
        return new ActivityPlan(stepsDone, day, LocalTime.parse(startsAt), hours, place, organiser, sectors, members, guests,
                Optional.ofNullable(decidingOrganisation), suggestions);
    }

    private static Guest guest(ParticipantKind kind, String unit) {
        return new Guest(kind, unit);
    }

    private static Suggestion advice(String text, String addressee) {
        return new Suggestion(text, Optional.of(addressee));
    }
}
