package org.xieshang.app.infrastructure.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.shared.ChineseNumerals;

/**
 * Invents work units and posts that fit a member's sector, such as 澄湖市第一中学 校长 or 望川县农业农村局
 * 副局长. Unit names are built from the committee's FICTIONAL place names and invented trade names. Not
 * thread-safe.
 */
final class WorkCatalogue {

    /**
     * A work unit and the member's post in it.
     *
     * @param unit the work unit
     * @param post the post
     */
    record WorkPlace(String unit, String post) {
    }

    private enum Scope { ANY, CITY, COUNTY }

    private record Job(Scope scope, String unit, List<String> posts) {
    }

    private static final String[] BRANDS = {"蓝帆", "启明", "恒远", "青禾", "嘉木", "瑞丰", "云帆", "鼎和", "华辰", "明湖", "星澜",
        "禾丰", "宏泰", "长煦", "澄光", "远舟", "晨曦", "润泽", "万象", "栖霞"};
    private static final String[] VILLAGES = {"林下", "后湾", "石桥", "杨家", "东山", "梅岭", "溪口", "竹园"};

    private static final Map<String, List<Job>> POOLS = Map.ofEntries(
            Map.entry("government", List.of(
                    any("{place}财政局", "局长", "副局长"), any("{place}教育局", "副局长"), any("{place}农业农村局", "局长", "副局长"),
                    any("{place}自然资源和规划局", "副局长"), any("{place}住房和城乡建设局", "副局长"), any("{place}商务局", "局长"),
                    any("{place}人民法院", "副院长"), any("{place}人民检察院", "副检察长"), any("{place}统计局", "局长"),
                    any("{area}人民政府", "副{head}"), any("中共{area}委员会", "副书记"))),
            Map.entry("economicAffairs", List.of(
                    any("{place}商务局", "局长", "副局长"), any("{place}统计局", "副局长"), any("{place}市场监督管理局", "副局长"),
                    any("{place}发展和改革研究中心", "主任"), any("{short}农村商业银行", "副行长"))),
            Map.entry("education", List.of(
                    any("{place}第{n}中学", "校长", "副校长", "高级教师"), any("{place}实验小学", "校长", "高级教师"),
                    city("{short}学院", "教授", "副教授", "副院长"), city("{short}职业技术学院", "副院长", "副教授"),
                    county("{place}职业中等专业学校", "校长", "高级讲师"), county("{area}中心小学", "校长"))),
            Map.entry("medical", List.of(
                    any("{place}人民医院", "院长", "主任医师", "副主任医师"), any("{place}中医院", "副院长", "主任医师"),
                    any("{place}疾病预防控制中心", "主任", "副主任"), any("{place}妇幼保健院", "院长", "主任医师"),
                    city("{area}人民医院", "主任医师"), county("{area}卫生院", "院长"))),
            Map.entry("business", List.of(
                    any("{short}{brand}科技有限公司", "董事长", "总经理"), any("{short}{brand}新材料股份有限公司", "董事长"),
                    any("{short}{brand}食品有限公司", "总经理"), any("{short}{brand}建设集团有限公司", "董事长", "总经理"),
                    any("{short}{brand}纺织有限公司", "总经理"), any("{short}{brand}物流有限公司", "总经理"),
                    any("{short}农村商业银行", "行长", "副行长"))),
            Map.entry("legal", List.of(
                    any("{short}{brand}律师事务所", "主任", "合伙人", "律师"), any("{short}{brand}会计师事务所", "所长", "注册会计师"))),
            Map.entry("science", List.of(
                    city("{place}农业科学研究院", "副院长", "研究员"), county("{place}农业技术推广中心", "主任", "高级农艺师"),
                    any("{short}{brand}电子科技有限公司", "总工程师"), any("{place}气象局", "副局长"),
                    city("{short}学院", "教授"), any("{place}科学技术局", "副局长"))),
            Map.entry("culture", List.of(
                    any("{place}文化馆", "馆长", "副馆长"), any("{place}图书馆", "馆长"), city("{place}博物馆", "馆长"),
                    any("{place}艺术剧院", "院长", "国家二级演员"), any("{place}文学艺术界联合会", "副主席"),
                    any("{place}书法家协会", "主席"))),
            Map.entry("socialScience", List.of(
                    any("中共{place}委党校", "副校长", "教授"), any("{place}社会科学界联合会", "副主席"),
                    any("{place}地方志研究室", "主任"))),
            Map.entry("agriculture", List.of(
                    any("{short}{brand}农业专业合作社", "理事长"), any("{short}{brand}茶业有限公司", "总经理"),
                    any("{area}{village}村股份经济合作社", "社长"), any("{place}农业农村局", "高级农艺师"))),
            Map.entry("sports", List.of(
                    any("{place}体育运动学校", "校长", "高级教练"), any("{place}体育中心", "主任"))),
            Map.entry("press", List.of(
                    city("{short}日报社", "副总编辑", "高级记者"), any("{place}融媒体中心", "主任", "副主任"),
                    city("{short}出版传媒有限公司", "总经理"))),
            Map.entry("foreign", List.of(
                    any("{place}人民政府外事办公室", "副主任"), any("{short}{brand}进出口有限公司", "总经理"),
                    any("{place}人民对外友好协会", "秘书长"))),
            Map.entry("welfare", List.of(
                    any("{place}社会福利院", "院长"), any("{place}残疾人联合会", "副理事长"), any("{place}慈善总会", "副会长"),
                    any("{place}医疗保障局", "副局长"), any("{place}民政局", "副局长"))),
            Map.entry("religion", List.of(
                    any("{place}佛教协会", "会长", "副会长"), any("{place}基督教两会", "主席"), any("{place}伊斯兰教协会", "会长"),
                    any("{place}道教协会", "会长"))),
            Map.entry("youth", List.of(
                    any("共青团{place}委员会", "书记", "副书记"), any("{place}青年企业家协会", "会长"),
                    any("{short}{brand}文化传媒有限公司", "总经理"))),
            Map.entry("union", List.of(
                    any("{place}总工会", "副主席"), any("{short}{brand}机械有限公司", "工会主席", "高级技师"),
                    any("{short}{brand}汽车零部件有限公司", "车间主任"))),
            Map.entry("women", List.of(
                    any("{place}妇女联合会", "主席", "副主席"), any("{place}家庭教育指导中心", "主任"),
                    any("{short}{brand}服饰有限公司", "董事长"))),
            Map.entry("youthFederation", List.of(
                    any("{place}青年联合会", "副主席"), any("{short}{brand}文化传媒有限公司", "总经理"))),
            Map.entry("commerce", List.of(any("{place}工商业联合会", "副主席"), any("{place}总商会", "副会长"))),
            Map.entry("scienceAssociation", List.of(any("{place}科学技术协会", "副主席"))),
            Map.entry("taiwan", List.of(
                    any("{place}台湾同胞联谊会", "会长", "副会长"), any("{short}{brand}精密机械有限公司", "总经理"))),
            Map.entry("overseas", List.of(
                    any("{place}归国华侨联合会", "副主席"), any("{short}{brand}进出口有限公司", "董事长"))),
            Map.entry("ethnic", List.of(any("{place}民族宗教事务局", "副局长"), any("{area}{village}村民委员会", "主任"))),
            Map.entry("invited", List.of(any("{place}人民政府参事室", "参事"), city("{place}文史研究馆", "馆员"))));

    private static final Map<String, List<String>> SECTOR_POOLS = Map.ofEntries(
            Map.entry("中国共产党", List.of("government")),
            Map.entry("民革", List.of("legal", "culture", "business")),
            Map.entry("民盟", List.of("education", "culture", "socialScience")),
            Map.entry("民建", List.of("business")),
            Map.entry("民进", List.of("education", "culture", "press")),
            Map.entry("农工党", List.of("medical")),
            Map.entry("致公党", List.of("business", "science", "foreign")),
            Map.entry("九三学社", List.of("science", "medical", "education")),
            Map.entry("台盟", List.of("education", "medical", "business")),
            Map.entry("无党派人士", List.of("education", "medical", "legal", "science")),
            Map.entry("共青团", List.of("youth")),
            Map.entry("工会", List.of("union")),
            Map.entry("妇联", List.of("women")),
            Map.entry("青联", List.of("youthFederation")),
            Map.entry("工商联", List.of("commerce", "business", "business")),
            Map.entry("科协", List.of("scienceAssociation", "science")),
            Map.entry("台联", List.of("taiwan")),
            Map.entry("侨联", List.of("overseas")),
            Map.entry("文化艺术", List.of("culture")),
            Map.entry("科学技术", List.of("science")),
            Map.entry("社会科学", List.of("socialScience")),
            Map.entry("经济", List.of("business", "business", "economicAffairs")),
            Map.entry("农业", List.of("agriculture")),
            Map.entry("教育", List.of("education")),
            Map.entry("体育", List.of("sports")),
            Map.entry("新闻出版", List.of("press")),
            Map.entry("医药卫生", List.of("medical")),
            Map.entry("对外友好", List.of("foreign")),
            Map.entry("社会福利和社会保障", List.of("welfare")),
            Map.entry("少数民族", List.of("ethnic", "education", "agriculture")),
            Map.entry("宗教", List.of("religion")),
            Map.entry("特邀人士", List.of("invited", "legal")));

    private final CommitteePlan plan;
    private final Random random;

    WorkCatalogue(CommitteePlan plan, Random random) {
        this.plan = plan;
        this.random = random;
    }

    /**
     * @param sectorName the member's sector
     * @param area       where the member lives
     * @return a work unit and post fitting the sector
     */
    WorkPlace draw(String sectorName, String area) {
        List<String> pools = SECTOR_POOLS.getOrDefault(sectorName, List.of("business", "education"));
        List<Job> jobs = POOLS.get(pools.get(random.nextInt(pools.size()))).stream().filter(this::fits).toList();
        Job job = jobs.get(random.nextInt(jobs.size()));
        String post = job.posts().get(random.nextInt(job.posts().size()));
        return new WorkPlace(fill(job.unit(), area), fill(post, area));
    }

    /**
     * @param partyShortName a democratic party's short name, such as 民盟
     * @return the chair (主委) of the party's organisation at the committee's place
     */
    WorkPlace partyChief(String partyShortName) {
        String organisation = plan.level() == CommitteeLevel.COUNTY ? "总支部" : "委员会";
        return new WorkPlace(partyShortName + plan.region() + organisation, "主委");
    }

    /**
     * @param post a post in the committee's own office, such as 副主席
     * @return the committee as work unit with that post
     */
    WorkPlace committeeOfficer(String post) {
        return new WorkPlace(plan.name(), post);
    }

    private boolean fits(Job job) {
        return switch (job.scope()) {
            case ANY -> true;
            case CITY -> plan.level() == CommitteeLevel.CITY;
            case COUNTY -> plan.level() == CommitteeLevel.COUNTY;
        };
    }

    private String fill(String template, String area) {
        return template.replace("{place}", plan.region())
                .replace("{short}", plan.shortName())
                .replace("{area}", area)
                .replace("{head}", area.substring(area.length() - 1) + "长")
                .replace("{brand}", BRANDS[random.nextInt(BRANDS.length)])
                .replace("{village}", VILLAGES[random.nextInt(VILLAGES.length)])
                .replace("{n}", ChineseNumerals.of(1 + random.nextInt(plan.level() == CommitteeLevel.CITY ? 8 : 3)));
    }

    private static Job any(String unit, String... posts) {
        return new Job(Scope.ANY, unit, List.of(posts));
    }

    private static Job city(String unit, String... posts) {
        return new Job(Scope.CITY, unit, List.of(posts));
    }

    private static Job county(String unit, String... posts) {
        return new Job(Scope.COUNTY, unit, List.of(posts));
    }
}
