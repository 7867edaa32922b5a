package org.xieshang.app.infrastructure.demo;

import static org.xieshang.app.infrastructure.demo.DemoProposal.Sponsor.collective;
import static org.xieshang.app.infrastructure.demo.DemoProposal.Sponsor.demoMember;
import static org.xieshang.app.infrastructure.demo.DemoProposal.Sponsor.member;
import static org.xieshang.app.infrastructure.demo.ProposalStory.ANSWERED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.CLOSED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.CLOSED_KEY_GRADED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.CONVERTED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.DRAFT_OWN;
import static org.xieshang.app.infrastructure.demo.ProposalStory.DUE_SOON_KEY;
import static org.xieshang.app.infrastructure.demo.ProposalStory.EXTENSION_PENDING;
import static org.xieshang.app.infrastructure.demo.ProposalStory.FILED_LATE;
import static org.xieshang.app.infrastructure.demo.ProposalStory.MERGED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.NOT_FILED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.OVERDUE;
import static org.xieshang.app.infrastructure.demo.ProposalStory.RATED_BASIC_GRADED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.RATED_SATISFIED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.REHANDLING_DUE_SOON;
import static org.xieshang.app.infrastructure.demo.ProposalStory.RESUBMITTED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.UNACKNOWLEDGED;
import static org.xieshang.domain.proposal.ProposalCategory.AGRICULTURE;
import static org.xieshang.domain.proposal.ProposalCategory.CULTURE_TOURISM;
import static org.xieshang.domain.proposal.ProposalCategory.ECOLOGY;
import static org.xieshang.domain.proposal.ProposalCategory.ECONOMY;
import static org.xieshang.domain.proposal.ProposalCategory.EDUCATION_SCIENCE;
import static org.xieshang.domain.proposal.ProposalCategory.GOVERNANCE;
import static org.xieshang.domain.proposal.ProposalCategory.HEALTH;
import static org.xieshang.domain.proposal.ProposalCategory.SOCIAL_WELFARE;
import static org.xieshang.domain.proposal.ProposalCategory.URBAN_DEVELOPMENT;

import java.util.List;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.ProposerKind;

/**
 * The fictional proposals of the county committees 政协望川县委员会 (a river county of farms and fish ponds) and
 * 政协云岫县委员会 (a mountain county of tea gardens and She villages) for this year's plenary session, one at nearly every
 * stage; the units are those of a county registry. The leaders named are as fictional as the counties.
 */
final class CountyProposals {

    private static final String EDUCATION = "教育局";
    private static final String HEALTH_BUREAU = "卫生健康局";
    private static final String FARMING = "农业农村局";
    private static final String TRANSPORT = "交通运输局";
    private static final String HOUSING = "住房和城乡建设局";
    private static final String ECONOMY_COMMITTEE = "经济和农业农村委员会";

    private CountyProposals() {
    }

    /** @return 望川县's demo proposals; a merged one follows the proposal it is merged into, a bundle's lines follow each other */
    static List<DemoProposal> wangchuan() {
        String secretary = "县委书记 林国栋";
        String magistrate = "县长 何志远";
        String chairman = "县政协主席 吴秀兰";
        return List.of(
                DemoProposal.of(DRAFT_OWN, demoMember(1), "关于加强农村留守儿童关爱服务的建议",
                        "我县外出务工人员较多，农村留守儿童亲情陪伴缺失，心理健康和安全问题值得关注。",
                        "一、建立留守儿童动态台账；二、发挥乡镇儿童之家作用；三、组织志愿者开展结对帮扶。",
                        SOCIAL_WELFARE, EDUCATION),
                DemoProposal.of(RESUBMITTED, member(1), "关于发展柳湾镇特色水产养殖的建议",
                        "柳湾镇水域资源丰富，但水产养殖以散户为主，品种单一，效益不高。",
                        "一、引进优质品种和生态养殖技术；二、培育养殖专业合作社；三、打造区域水产品牌。",
                        AGRICULTURE, FARMING),
                DemoProposal.of(NOT_FILED, member(0), "关于解决个人承包土地征收补偿争议的建议",
                        "本人在桐林镇承包的土地被征收，补偿款数额存在争议。",
                        "请有关部门尽快核实并解决。",
                        GOVERNANCE, FARMING).withRefusal(NotFiledReason.PERSONAL_MATTER),
                DemoProposal.of(CLOSED, member(2), "关于推进城乡环卫一体化的建议",
                        "部分农村地区垃圾收运不及时，河道沟渠垃圾堆积，人居环境有待改善。",
                        "一、建立“户分类、村收集、镇转运、县处理”体系；二、引入市场化保洁服务；三、完善村规民约。",
                        ECOLOGY, HOUSING).withCoUnits(FARMING),
                DemoProposal.of(MERGED, member(1), "关于加强农村生活垃圾治理的建议",
                        "白沙乡等偏远村庄垃圾收集点不足，清运频次偏低。",
                        "一、增设垃圾收集点；二、提高清运频次；三、配齐村级保洁员队伍。",
                        ECOLOGY, HOUSING),
                DemoProposal.of(CONVERTED, member(1), "关于川口镇滨江路路灯长期损坏的建议",
                        "川口镇滨江路部分路灯损坏数月未修，居民夜间出行不便。",
                        "建议尽快维修并建立路灯巡查维护机制。",
                        URBAN_DEVELOPMENT, HOUSING),
                DemoProposal.of(FILED_LATE, collective(ProposerKind.SPECIAL_COMMITTEE, ECONOMY_COMMITTEE), "关于壮大村级集体经济的建议",
                        "全县部分村集体经济收入来源单一，经营性收入偏低，“空壳村”尚未完全消除。",
                        "一、盘活闲置资产资源；二、发展物业经济和服务型经济；三、选派懂经营的干部驻村指导。",
                        AGRICULTURE, FARMING),
                DemoProposal.of(UNACKNOWLEDGED, member(1), "关于加快农村公路安全生命防护工程建设的建议",
                        "部分农村公路临水临崖路段缺少护栏和警示标志，存在安全隐患。",
                        "一、全面排查危险路段；二、分年度实施安全防护工程；三、落实路长制管护责任。",
                        URBAN_DEVELOPMENT, TRANSPORT).withCoUnits(FARMING),
                DemoProposal.of(OVERDUE, member(2), "关于提升县人民医院急诊急救能力的建议",
                        "县人民医院急诊科医护人员不足，胸痛、卒中中心建设滞后，乡镇急救半径偏大。",
                        "一、加强急诊科人才引进；二、推进胸痛、卒中中心建设；三、在中心镇设立急救站点。",
                        HEALTH, HEALTH_BUREAU),
                DemoProposal.of(EXTENSION_PENDING, member(1), "关于实施白沙乡农田水利设施改造的建议",
                        "白沙乡部分灌溉渠道年久失修，渗漏严重，影响农业生产。",
                        "一、将农田水利改造纳入高标准农田建设；二、落实管护资金；三、推广节水灌溉技术。",
                        AGRICULTURE, FARMING).withCoUnits(HOUSING),
                DemoProposal.of(DUE_SOON_KEY, member(2), "关于推进县域义务教育学校标准化建设的建议",
                        "部分乡村学校校舍陈旧，功能室和体育场地不达标，与城区学校差距较大。",
                        "一、制定乡村学校标准化建设计划；二、优先保障建设资金；三、配齐配强音体美教师。",
                        EDUCATION_SCIENCE, EDUCATION).withCoUnits(HOUSING).withMode(HandlingMode.JOINT)
                        .withKeyLeaders(List.of(magistrate), List.of(chairman)),
                DemoProposal.of(ANSWERED, demoMember(1), "关于改善县城学校上下学交通秩序的建议",
                        "县城多所学校上下学时段周边道路拥堵，接送车辆乱停乱放。",
                        "一、设置临时停车接送区；二、推行错峰放学；三、增派交警和志愿者疏导。",
                        URBAN_DEVELOPMENT, TRANSPORT).withCoUnits(EDUCATION),
                DemoProposal.of(RATED_BASIC_GRADED, member(1), "关于加强乡镇卫生院能力建设的建议",
                        "乡镇卫生院设备陈旧、人才短缺，群众小病也要到县城就医。",
                        "一、更新乡镇卫生院基本医疗设备；二、推进县级医院医生下沉坐诊；三、提升家庭医生签约服务质量。",
                        HEALTH, HEALTH_BUREAU),
                DemoProposal.of(REHANDLING_DUE_SOON, member(1), "关于推进桐林镇集镇污水处理设施建设的建议",
                        "桐林镇集镇生活污水直排现象仍然存在，影响河流水质。",
                        "一、加快集镇污水管网建设；二、建设小型污水处理站；三、落实运行维护资金。",
                        ECOLOGY, HOUSING),
                DemoProposal.of(CLOSED_KEY_GRADED, member(3), "关于打造望川江滨生态廊道的建议",
                        "望川江沿岸自然风光优美，但岸线开发无序，休闲游憩设施缺乏。",
                        "一、编制江滨生态廊道规划；二、建设滨江绿道和亲水平台；三、发展沿江乡村旅游。",
                        CULTURE_TOURISM, HOUSING).withCoUnits(FARMING, TRANSPORT).withMode(HandlingMode.JOINT)
                        .withKeyLeaders(List.of(secretary, magistrate), List.of(chairman)),
                DemoProposal.of(CLOSED, member(1), "关于加密农村客运班线的建议",
                        "部分偏远村庄客运班次少，群众出行不便。",
                        "一、优化农村客运线路；二、推行预约响应式客运；三、落实客运补贴政策。",
                        URBAN_DEVELOPMENT, TRANSPORT).withCoUnits(FARMING).withMode(HandlingMode.BUNDLED),
                DemoProposal.of(RATED_SATISFIED, member(2), "关于推进农村客货邮融合发展的建议",
                        "农村快递进村“最后一公里”成本高，客运车辆运力闲置。",
                        "一、推动客运班线代运邮件快件；二、建设村级综合服务站点；三、整合县域物流资源。",
                        ECONOMY, TRANSPORT).withCoUnits(FARMING).withMode(HandlingMode.BUNDLED),
                DemoProposal.of(RATED_SATISFIED, collective(ProposerKind.SECTOR, "教育界"), "关于加强乡村教师队伍建设的建议",
                        "乡村学校教师年龄结构老化，音体美等学科教师短缺，优秀教师流失较多。",
                        "一、落实乡村教师生活补助；二、建设乡村教师周转宿舍；三、完善职称评聘向乡村倾斜政策。",
                        EDUCATION_SCIENCE, EDUCATION));
    }

    /** @return 云岫县's demo proposals; a merged one follows the proposal it is merged into, a bundle's lines follow each other */
    static List<DemoProposal> yunxiu() {
        String secretary = "县委书记 钟立新";
        String magistrate = "县长 蓝建平";
        String chairman = "县政协主席 雷玉芳";
        return List.of(
                DemoProposal.of(DRAFT_OWN, demoMember(1), "关于保护和传承畲族传统文化的建议",
                        "我县畲族聚居村落较多，畲族语言、歌舞和传统技艺面临失传。",
                        "一、建立畲族文化生态保护区；二、开展畲歌畲舞进校园；三、扶持畲族传统技艺传承人。",
                        CULTURE_TOURISM, EDUCATION),
                DemoProposal.of(RESUBMITTED, member(1), "关于推进县域医共体建设的建议",
                        "我县医疗资源集中在县城，乡镇卫生院服务能力弱，群众县域内就诊率有待提高。",
                        "一、建立紧密型县域医共体；二、推进人员、药品、信息统一管理；三、推进医保支付方式改革。",
                        HEALTH, HEALTH_BUREAU),
                DemoProposal.of(NOT_FILED, member(0), "关于调整省道某路段规划走向的建议",
                        "省道某路段规划走向绕行较远，沿线群众希望调整。",
                        "建议调整该路段规划走向。",
                        URBAN_DEVELOPMENT, TRANSPORT).withRefusal(NotFiledReason.OUTSIDE_REMIT),
                DemoProposal.of(CLOSED, member(2), "关于加强山区地质灾害防治的建议",
                        "我县山区地质灾害隐患点多面广，汛期群众转移避险任务重。",
                        "一、开展隐患点全面排查；二、实施搬迁避让和工程治理；三、完善群测群防预警体系。",
                        GOVERNANCE, HOUSING).withCoUnits(TRANSPORT),
                DemoProposal.of(MERGED, member(1), "关于做好汛期地质灾害隐患点群众转移工作的建议",
                        "竹坞乡部分隐患点监测设备不足，转移预案不够细化。",
                        "一、增设监测预警设备；二、细化群众转移预案；三、加强应急演练。",
                        GOVERNANCE, HOUSING),
                DemoProposal.of(CONVERTED, member(1), "关于岫城镇农贸市场周边占道经营问题的建议",
                        "岫城镇农贸市场周边占道经营严重，早晚高峰交通拥堵。",
                        "建议加强巡查管理，规范经营秩序。",
                        GOVERNANCE, HOUSING),
                DemoProposal.of(FILED_LATE, collective(ProposerKind.SPECIAL_COMMITTEE, ECONOMY_COMMITTEE), "关于发展林下经济的建议",
                        "我县森林覆盖率高，林下种植、养殖潜力大，但规模小、链条短。",
                        "一、编制林下经济发展规划；二、培育林下经济示范基地；三、完善林权抵押贷款政策。",
                        AGRICULTURE, FARMING),
                DemoProposal.of(UNACKNOWLEDGED, member(1), "关于改善枫岭镇群众就医条件的建议",
                        "枫岭镇距县城较远，镇卫生院科室不全，群众看病需长途奔波。",
                        "一、加强枫岭镇卫生院建设；二、开展巡回医疗；三、推广远程会诊。",
                        HEALTH, HEALTH_BUREAU).withCoUnits(TRANSPORT),
                DemoProposal.of(OVERDUE, member(2), "关于加快竹坞乡通村公路提质改造的建议",
                        "竹坞乡部分通村公路路面窄、弯道多，会车困难，雨季易塌方。",
                        "一、实施通村公路拓宽改造；二、增设错车道和防护设施；三、落实日常养护。",
                        URBAN_DEVELOPMENT, TRANSPORT),
                DemoProposal.of(EXTENSION_PENDING, member(1), "关于推进山区寄宿制学校建设的建议",
                        "山区小学生上学路途远，部分教学点办学条件差、教育质量不高。",
                        "一、建设一批寄宿制中心小学；二、完善寄宿生生活设施；三、配备生活老师。",
                        EDUCATION_SCIENCE, EDUCATION).withCoUnits(HOUSING),
                DemoProposal.of(DUE_SOON_KEY, member(2), "关于发展茶旅融合乡村旅游的建议",
                        "我县茶园风光和畲乡文化独具特色，但乡村旅游配套设施不足，产品开发层次较低。",
                        "一、打造茶旅融合精品线路；二、完善旅游公路和停车设施；三、扶持农家乐和民宿规范发展。",
                        CULTURE_TOURISM, FARMING).withCoUnits(TRANSPORT, HOUSING).withMode(HandlingMode.JOINT)
                        .withKeyLeaders(List.of(magistrate), List.of(chairman)),
                DemoProposal.of(ANSWERED, demoMember(1), "关于加强山区学校学生营养改善的建议",
                        "山区学校学生营养餐标准偏低，部分学校食堂设施简陋。",
                        "一、提高营养膳食补助标准；二、改善学校食堂条件；三、加强营养健康教育。",
                        EDUCATION_SCIENCE, EDUCATION).withCoUnits(HEALTH_BUREAU),
                DemoProposal.of(RATED_BASIC_GRADED, member(1), "关于加强农村饮用水水源地保护的建议",
                        "部分村级饮用水水源地保护标志不全，周边存在养殖污染风险。",
                        "一、划定并公布水源保护范围；二、清理保护区内污染源；三、定期开展水质监测。",
                        ECOLOGY, HOUSING).withCoUnits(FARMING),
                DemoProposal.of(REHANDLING_DUE_SOON, member(1), "关于完善县城公共停车设施的建议",
                        "县城停车位缺口较大，节假日游客车辆增多时停车难尤为突出。",
                        "一、建设公共停车场；二、规范路内停车管理；三、推行错时共享停车。",
                        URBAN_DEVELOPMENT, HOUSING).withCoUnits(TRANSPORT),
                DemoProposal.of(CLOSED_KEY_GRADED, member(3), "关于推动畲族特色村寨保护与发展的建议",
                        "我县畲族特色村寨传统建筑保护不力，村寨发展缺乏特色产业支撑。",
                        "一、编制特色村寨保护发展规划；二、修缮传统民居；三、发展民族特色产业和乡村旅游。",
                        CULTURE_TOURISM, HOUSING).withCoUnits(FARMING, TRANSPORT).withMode(HandlingMode.JOINT)
                        .withKeyLeaders(List.of(secretary, magistrate), List.of(chairman)),
                DemoProposal.of(CLOSED, member(1), "关于推进农村危房改造的建议",
                        "山区部分农户仍居住在土木结构老旧房屋中，抗灾能力弱。",
                        "一、开展农房安全隐患排查；二、落实危房改造补助；三、推广抗震宜居农房设计。",
                        URBAN_DEVELOPMENT, HOUSING).withCoUnits(FARMING).withMode(HandlingMode.BUNDLED),
                DemoProposal.of(RATED_SATISFIED, member(2), "关于加强农村自建房安全管理的建议",
                        "农村自建房无设计、无监管现象较多，加层改建存在安全隐患。",
                        "一、建立农村建房审批和巡查制度；二、培训农村建筑工匠；三、推广农房设计标准图集。",
                        URBAN_DEVELOPMENT, HOUSING).withCoUnits(FARMING).withMode(HandlingMode.BUNDLED),
                DemoProposal.of(RATED_SATISFIED, collective(ProposerKind.SECTOR, "少数民族界"), "关于加强少数民族困难学生教育资助的建议",
                        "部分少数民族家庭经济困难学生因学致贫风险较高。",
                        "一、完善少数民族学生资助体系；二、实施助学帮扶结对；三、加强民族团结进步教育。",
                        EDUCATION_SCIENCE, EDUCATION));
    }
}
