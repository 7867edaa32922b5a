package org.xieshang.app.infrastructure.demo;

import static org.xieshang.app.infrastructure.demo.DemoProposal.Sponsor.collective;
import static org.xieshang.app.infrastructure.demo.DemoProposal.Sponsor.demoMember;
import static org.xieshang.app.infrastructure.demo.DemoProposal.Sponsor.member;
import static org.xieshang.app.infrastructure.demo.ProposalStory.ANSWERED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.ASSIGNED_LATE;
import static org.xieshang.app.infrastructure.demo.ProposalStory.CLOSED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.CLOSED_KEY_GRADED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.CLOSED_SECOND_ROUND;
import static org.xieshang.app.infrastructure.demo.ProposalStory.CONVERTED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.DRAFT_INVITING_DEMO_MEMBER;
import static org.xieshang.app.infrastructure.demo.ProposalStory.DRAFT_OWN;
import static org.xieshang.app.infrastructure.demo.ProposalStory.DUE_SOON_KEY;
import static org.xieshang.app.infrastructure.demo.ProposalStory.EXTENDED_OVERDUE;
import static org.xieshang.app.infrastructure.demo.ProposalStory.EXTENSION_PENDING;
import static org.xieshang.app.infrastructure.demo.ProposalStory.EXTENSION_REFUSED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.FILED_LATE;
import static org.xieshang.app.infrastructure.demo.ProposalStory.MERGED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.NOT_FILED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.ON_TRACK_SPECIAL;
import static org.xieshang.app.infrastructure.demo.ProposalStory.OVERDUE;
import static org.xieshang.app.infrastructure.demo.ProposalStory.RATED_BASIC_GRADED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.RATED_SATISFIED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.RATED_UNSATISFIED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.REHANDLING_DUE_SOON;
import static org.xieshang.app.infrastructure.demo.ProposalStory.RESUBMITTED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.UNACKNOWLEDGED;
import static org.xieshang.app.infrastructure.demo.ProposalStory.WITHDRAWN;
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
 * The fictional proposals of 政协澄湖市委员会 for this year's plenary session (and two between sessions being written),
 * one at every stage. 澄湖市教育局, whose account the demo handling unit uses, leads or co-handles seven of them at
 * different stages. The leaders named are as fictional as the city.
 */
final class CityProposals {

    private static final String SECRETARY = "市委书记 周明远";
    private static final String MAYOR = "市长 陈立华";
    private static final String VICE_MAYOR = "副市长 郑建华";
    private static final String CHAIRMAN = "市政协主席 韩文清";
    private static final String VICE_CHAIRMAN = "市政协副主席 孙慧敏";

    private static final String EDUCATION = "教育局";
    private static final String HOUSING = "住房和城乡建设局";
    private static final String ECOLOGY_BUREAU = "生态环境局";
    private static final String HEALTH_COMMISSION = "卫生健康委员会";
    private static final String MARKET = "市场监督管理局";
    private static final String POLICE = "公安局";
    private static final String LABOUR = "人力资源和社会保障局";
    private static final String DEVELOPMENT = "发展和改革委员会";

    private CityProposals() {
    }

    /** @return the city's demo proposals; a merged one follows the proposal it is merged into, a bundle's lines follow each other */
    static List<DemoProposal> all() {
        return List.of(
                DemoProposal.of(DRAFT_OWN, demoMember(1), "关于加强中小学生心理健康教育的建议",
                        "近年来中小学生心理问题呈低龄化趋势，部分学校心理健康教师配备不足，家校协同机制不健全。",
                        "一、按标准配齐专职心理健康教师；二、建立学生心理健康筛查和转介机制；三、开设家长课堂，形成家校社协同育人合力。",
                        EDUCATION_SCIENCE, EDUCATION),
                DemoProposal.of(DRAFT_INVITING_DEMO_MEMBER, member(1), "关于推进城市口袋公园建设的建议",
                        "中心城区公园绿地分布不均，老城区居民步行十分钟内难以到达公园，群众对身边休闲空间需求迫切。",
                        "一、利用边角地、闲置地建设口袋公园；二、同步配建健身和儿童游乐设施；三、鼓励社区居民参与日常管护。",
                        URBAN_DEVELOPMENT, HOUSING),
                DemoProposal.of(WITHDRAWN, member(1), "关于建设24小时城市书房的建议",
                        "市民夜间阅读空间不足，现有图书馆开放时间与上班族作息不匹配。",
                        "一、在商圈和社区建设24小时城市书房；二、推行图书通借通还；三、引入社会力量参与运营。",
                        CULTURE_TOURISM, "委宣传部"),
                DemoProposal.of(RESUBMITTED, member(2), "关于加快发展银发经济的建议",
                        "我市60岁以上人口占比超过百分之二十，老年用品和服务供给不足，适老化产品市场发育滞后。",
                        "一、制定银发经济发展规划；二、培育康养服务龙头企业；三、推动老年用品进商场、进社区。",
                        ECONOMY, DEVELOPMENT).withCoUnits(HEALTH_COMMISSION),
                DemoProposal.of(NOT_FILED, member(0), "关于督促审结某楼盘商品房买卖合同纠纷案件的建议",
                        "某楼盘业主与开发企业因延期交房产生合同纠纷，案件审理时间较长，业主多次反映。",
                        "建议有关方面督促尽快审结该案，维护业主合法权益。",
                        GOVERNANCE, "中级人民法院").withRefusal(NotFiledReason.LEGAL_CASE),
                DemoProposal.of(NOT_FILED, member(1), "关于进一步加强生态文明建设的建议",
                        "生态文明建设关系人民福祉，关乎民族未来，需要全社会共同努力。",
                        "建议进一步提高认识，加大工作力度，推动生态文明建设再上新台阶。",
                        ECOLOGY, ECOLOGY_BUREAU).withRefusal(NotFiledReason.NO_CONCRETE_SUGGESTION),
                DemoProposal.of(CLOSED, member(2), "关于加强城市内涝治理的建议",
                        "汛期强降雨时湖滨区、东岸区多处路段积水严重，部分老旧小区地下车库进水，排水管网标准偏低。",
                        "一、编制城市内涝治理系统化实施方案；二、实施雨污分流和管网提标改造；三、建设易涝点智能监测预警系统。",
                        URBAN_DEVELOPMENT, HOUSING).withCoUnits(ECOLOGY_BUREAU),
                DemoProposal.of(MERGED, member(1), "关于完善城区排水防涝设施的建议",
                        "城区部分排水管道老化淤塞，雨水口设置不足，暴雨后积水消退慢。",
                        "一、开展排水管网普查和清淤；二、增设雨水口和调蓄设施；三、落实汛前隐患排查。",
                        URBAN_DEVELOPMENT, HOUSING),
                DemoProposal.of(CONVERTED, member(1), "关于解决湖滨区某小区周边夜间施工噪声扰民问题的建议",
                        "湖滨区某小区周边工地长期夜间施工，噪声扰民，居民多次投诉未果。",
                        "建议有关部门加强夜间施工审批和巡查，依法查处违规施工行为。",
                        ECOLOGY, ECOLOGY_BUREAU),
                DemoProposal.of(FILED_LATE, collective(ProposerKind.PARTY, "民进澄湖市委员会"), "关于加强非物质文化遗产传承人队伍建设的建议",
                        "我市部分非遗项目传承人年龄偏大，后继乏人，传承活动经费保障不足。",
                        "一、建立非遗传承人动态认定和退出机制；二、提高传承补助标准；三、推动非遗进校园、进社区。",
                        CULTURE_TOURISM, "委宣传部"),
                DemoProposal.of(ASSIGNED_LATE, member(1), "关于规范校外培训机构预收费管理的建议",
                        "部分校外培训机构一次性预收大额费用后停业，家长维权困难。",
                        "一、推行预收费资金银行托管；二、建立机构风险预警和失信名单制度；三、畅通家长投诉渠道。",
                        EDUCATION_SCIENCE, EDUCATION).withCoUnits(MARKET),
                DemoProposal.of(UNACKNOWLEDGED, member(2), "关于推进农贸市场提升改造的建议",
                        "城区部分农贸市场设施陈旧，环境脏乱，停车和消防条件不达标。",
                        "一、制定农贸市场三年提升计划；二、推进智慧农贸市场建设；三、落实市场开办者长效管理责任。",
                        ECONOMY, MARKET).withCoUnits(HOUSING),
                DemoProposal.of(OVERDUE, member(3), "关于缓解中心城区义务教育学位紧张的建议",
                        "随着城市更新和人口集聚，中心城区部分学校大班额问题突出，新建小区配套学校建设滞后。",
                        "一、加快新建小区配套学校建设和移交；二、科学划分学区，推进集团化办学；三、动态调配教师编制。",
                        EDUCATION_SCIENCE, EDUCATION).withCoUnits(HOUSING).withMode(HandlingMode.JOINT),
                DemoProposal.of(EXTENDED_OVERDUE, member(1), "关于加强青少年近视防控的建议",
                        "我市中小学生近视率居高不下，课业负担重、户外活动少、电子产品使用时间长是主要原因。",
                        "一、保障学生每天两小时户外活动；二、定期开展视力筛查并建立屈光档案；三、改善教室照明条件。",
                        HEALTH, HEALTH_COMMISSION).withCoUnits(EDUCATION),
                DemoProposal.of(EXTENSION_PENDING, member(2), "关于加强农村供水保障的建议",
                        "部分山区村庄供水设施老化，枯水期水量不足，水质检测覆盖不全。",
                        "一、推进城乡供水一体化；二、实施农村供水工程提质改造；三、健全统一管理的运行管护机制。",
                        AGRICULTURE, "农业农村局").withCoUnits(ECOLOGY_BUREAU).withKeyLeaders(List.of(VICE_MAYOR), List.of(VICE_CHAIRMAN)),
                DemoProposal.of(EXTENSION_REFUSED, collective(ProposerKind.SPECIAL_COMMITTEE, "社会和法制委员会"),
                        "关于加强诉源治理推进矛盾纠纷多元化解的建议",
                        "近年来我市民商事案件数量持续增长，基层调解组织力量薄弱，诉调对接机制不够顺畅。",
                        "一、在乡镇街道设立诉调对接工作站；二、加强人民调解员队伍建设；三、推广在线调解平台。",
                        GOVERNANCE, "中级人民法院").withCoUnits(POLICE),
                DemoProposal.of(DUE_SOON_KEY, member(3), "关于推进集团化办学促进城乡教育优质均衡的建议",
                        "城乡、校际之间办学水平差距仍然较大，优质教育资源主要集中在中心城区。",
                        "一、组建城乡学校教育集团，推行师资统一调配；二、完善教师交流轮岗激励机制；三、加大薄弱学校建设投入。",
                        EDUCATION_SCIENCE, EDUCATION).withCoUnits(LABOUR, DEVELOPMENT).withMode(HandlingMode.JOINT)
                        .withKeyLeaders(List.of(MAYOR), List.of(CHAIRMAN)),
                DemoProposal.of(ON_TRACK_SPECIAL, member(2), "关于破解老城区停车难问题的建议",
                        "老城区道路狭窄、停车泊位缺口大，占道停车和乱停乱放现象普遍。",
                        "一、推动机关单位和学校停车位错时共享；二、建设立体停车设施；三、推行智慧停车诱导系统。",
                        URBAN_DEVELOPMENT, POLICE).withCoUnits(HOUSING, "交通运输局").withMode(HandlingMode.SPECIAL),
                DemoProposal.of(ANSWERED, demoMember(2), "关于扩大中小学课后服务覆盖面的建议",
                        "部分学校课后服务内容单一，农村学校和薄弱学校课后服务覆盖率偏低，双职工家庭接送困难。",
                        "一、实现义务教育学校课后服务全覆盖；二、引入科技、体育、艺术等社会资源；三、完善课后服务经费保障。",
                        EDUCATION_SCIENCE, EDUCATION),
                DemoProposal.of(ANSWERED, collective(ProposerKind.SECTOR, "医药卫生界"), "关于加强基层医疗卫生人才队伍建设的建议",
                        "乡镇卫生院和社区卫生服务中心人才引不进、留不住，全科医生缺口较大。",
                        "一、落实基层卫生人才定向培养；二、提高基层医务人员薪酬待遇；三、推进县域医共体人员统筹使用。",
                        HEALTH, HEALTH_COMMISSION).withCoUnits(LABOUR),
                DemoProposal.of(RATED_SATISFIED, member(1), "关于推进生活垃圾分类提质增效的建议",
                        "我市生活垃圾分类知晓率较高但准确投放率偏低，分类运输和处理能力不匹配。",
                        "一、完善小区分类投放设施；二、推行定时定点投放和督导；三、建设厨余垃圾资源化处理设施。",
                        ECOLOGY, HOUSING).withCoUnits(ECOLOGY_BUREAU),
                DemoProposal.of(RATED_BASIC_GRADED, member(2), "关于加强校园周边食品安全监管的建议",
                        "部分学校周边流动摊贩较多，售卖的“三无”食品存在安全隐患。",
                        "一、开展校园周边食品安全专项整治；二、落实学校食堂负责人陪餐制度；三、加强食品安全宣传教育。",
                        HEALTH, MARKET).withCoUnits(EDUCATION),
                DemoProposal.of(RATED_UNSATISFIED, member(1), "关于加快新能源汽车充电设施建设的建议",
                        "我市新能源汽车保有量快速增长，公共充电桩数量不足、分布不均，老旧小区安装私人充电桩困难。",
                        "一、编制充电设施专项规划；二、推进公共停车场充电桩全覆盖；三、简化居民区充电设施报装流程。",
                        URBAN_DEVELOPMENT, "供电公司").withCoUnits(DEVELOPMENT),
                DemoProposal.of(REHANDLING_DUE_SOON, member(2), "关于优化公交线网提升公交出行分担率的建议",
                        "我市公交线路重复率高，新城区和城郊接合部覆盖不足，高峰时段准点率低。",
                        "一、优化调整公交线网；二、增设公交专用道；三、开通社区微循环公交。",
                        URBAN_DEVELOPMENT, "交通运输局"),
                DemoProposal.of(CLOSED_KEY_GRADED, member(3), "关于打造环澄湖生态文化旅游带的建议",
                        "澄湖沿岸生态和人文资源丰富，但旅游项目分散、同质化明显，交通和配套设施不完善。",
                        "一、编制环澄湖生态文化旅游带总体规划；二、建设环湖绿道和慢行系统；三、培育文旅融合精品线路。",
                        CULTURE_TOURISM, DEVELOPMENT).withCoUnits(ECOLOGY_BUREAU, "农业农村局").withMode(HandlingMode.JOINT)
                        .withKeyLeaders(List.of(SECRETARY, MAYOR), List.of(CHAIRMAN)),
                DemoProposal.of(CLOSED_SECOND_ROUND, member(1), "关于加强农民工工资支付保障的建议",
                        "工程建设领域拖欠农民工工资问题时有发生，工资专用账户和保证金制度落实不到位。",
                        "一、全面推行农民工工资专用账户管理；二、建立欠薪预警监测平台；三、加大欠薪违法行为惩戒力度。",
                        SOCIAL_WELFARE, LABOUR).withCoUnits("总工会"),
                DemoProposal.of(CLOSED, member(2), "关于加强电动自行车全链条安全监管的建议",
                        "电动自行车火灾事故多发，生产销售环节存在非法改装、违规销售等问题。",
                        "一、严厉打击非法改装和违规销售；二、建立电动自行车登记和追溯制度；三、加强消防安全宣传。",
                        GOVERNANCE, POLICE).withCoUnits(MARKET, HOUSING).withMode(HandlingMode.BUNDLED),
                DemoProposal.of(RATED_SATISFIED, member(1), "关于规范电动自行车集中充电设施建设的建议",
                        "老旧小区电动自行车充电设施严重不足，飞线充电、入户充电现象普遍。",
                        "一、将集中充电设施纳入老旧小区改造内容；二、落实物业服务企业管理责任；三、推广智能充电桩。",
                        URBAN_DEVELOPMENT, POLICE).withCoUnits(MARKET, HOUSING).withMode(HandlingMode.BUNDLED),
                DemoProposal.of(ANSWERED, member(1), "关于整治电动自行车交通违法行为的建议",
                        "电动自行车闯红灯、逆向行驶、违规载人等交通违法行为多发，事故伤亡占比较高。",
                        "一、开展常态化专项整治；二、推进头盔佩戴全覆盖；三、完善非机动车道设施。",
                        GOVERNANCE, POLICE).withCoUnits(MARKET, HOUSING).withMode(HandlingMode.BUNDLED),
                DemoProposal.of(CLOSED, member(2), "关于加快发展现代职业教育的建议",
                        "我市职业院校专业设置与产业需求衔接不够紧密，校企合作深度不足，技能人才供给结构性短缺。",
                        "一、围绕主导产业调整专业设置；二、推行现代学徒制和订单式培养；三、建设产教融合实训基地。",
                        EDUCATION_SCIENCE, EDUCATION).withCoUnits(LABOUR));
    }
}
