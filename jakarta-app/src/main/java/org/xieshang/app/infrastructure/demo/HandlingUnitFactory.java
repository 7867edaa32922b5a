package org.xieshang.app.infrastructure.demo;

import static org.xieshang.domain.committee.HandlingUnitKind.ENTERPRISE_OR_INSTITUTION;
import static org.xieshang.domain.committee.HandlingUnitKind.GOVERNMENT_DEPARTMENT;
import static org.xieshang.domain.committee.HandlingUnitKind.JUDICIAL;
import static org.xieshang.domain.committee.HandlingUnitKind.PARTY_DEPARTMENT;
import static org.xieshang.domain.committee.HandlingUnitKind.PEOPLES_ORGANISATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.member.Gender;

/**
 * Builds a demo committee's registry of handling units (承办单位): the departments a city or county committee
 * most often assigns proposals to, named after the committee's fictional region (澄湖市教育局, 望川县人民法院),
 * each with an invented contact person and a number from the demo's reserved-looking block 1390000xxxx.
 */
final class HandlingUnitFactory {

    /** {region} is the committee's region (澄湖市), {short} its short name (澄湖). */
    private static final List<UnitPlan> CITY = List.of(
            new UnitPlan("中共{region}委宣传部", PARTY_DEPARTMENT),
            new UnitPlan("{region}发展和改革委员会", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}教育局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}公安局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}人力资源和社会保障局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}生态环境局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}住房和城乡建设局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}交通运输局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}农业农村局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}卫生健康委员会", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}市场监督管理局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}中级人民法院", JUDICIAL),
            new UnitPlan("{region}总工会", PEOPLES_ORGANISATION),
            new UnitPlan("国网{short}供电公司", ENTERPRISE_OR_INSTITUTION));

    private static final List<UnitPlan> COUNTY = List.of(
            new UnitPlan("{region}教育局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}卫生健康局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}农业农村局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}交通运输局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}住房和城乡建设局", GOVERNMENT_DEPARTMENT),
            new UnitPlan("{region}人民法院", JUDICIAL));

    /** Unit numbers start here within the committee's block, well above its members' numbers. */
    private static final int PHONE_OFFSET = 900;

    private HandlingUnitFactory() {
    }

    /**
     * @param plan        the committee's plan
     * @param committeeId the stored committee
     * @return its handling units, active, at version 0
     */
    static List<HandlingUnit> build(CommitteePlan plan, CommitteeId committeeId) {
        Random random = DemoIds.random(plan.key(), "handling-units");
        NameGenerator contacts = new NameGenerator(random);
        List<HandlingUnit> units = new ArrayList<>();
        List<UnitPlan> catalogue = plan.level() == CommitteeLevel.CITY ? CITY : COUNTY;
        for (int i = 0; i < catalogue.size(); i++) {
            UnitPlan unit = catalogue.get(i);
            String name = unit.name(plan);
            String contact = contacts.next(random.nextBoolean() ? Gender.FEMALE : Gender.MALE);
            String phone = String.format("139 0000 %04d", plan.mobileBase() + PHONE_OFFSET + i + 1);
            units.add(HandlingUnit.register(DemoIds.handlingUnit(plan.key(), name), committeeId, name, unit.kind(), contact, phone));
        }
        return units;
    }

    /**
     * @param template the name, with {region} and {short} for the committee's
     * @param kind     the kind of body
     */
    private record UnitPlan(String template, HandlingUnitKind kind) {

        String name(CommitteePlan plan) {
            return template.replace("{region}", plan.region()).replace("{short}", plan.shortName());
        }
    }
}
