package org.xieshang.app.infrastructure.demo;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.workstation.WorkstationId;

/**
 * Stable identifiers and random sources for the fictional demo data: every start of the application
 * produces the same identifiers (name-based UUIDs) and the same random draws (seeded per committee and
 * stage, so that changing one stage leaves the others' data alone).
 */
final class DemoIds {

    private static final String NAMESPACE = "xieshang-demo/";

    private DemoIds() {
    }

    static UUID uuid(String... parts) {
        return UUID.nameUUIDFromBytes((NAMESPACE + String.join("/", parts)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param committeeKey the committee's key
     * @param stage        what the draws are for
     * @return a random source that gives the same draws on every start
     */
    static Random random(String committeeKey, String stage) {
        return new Random(uuid("random", committeeKey, stage).getMostSignificantBits());
    }

    static CommitteeId committee(String key) {
        return new CommitteeId(uuid("committee", key));
    }

    static SectorId sector(String key, String name) {
        return new SectorId(uuid("sector", key, name));
    }

    static MemberId member(String key, String code) {
        return new MemberId(uuid("member", key, code));
    }

    static DecisionId decision(String key, String code, int index) {
        return new DecisionId(uuid("decision", key, code, Integer.toString(index)));
    }

    static SpecialCommitteeId specialCommittee(String key, String name) {
        return new SpecialCommitteeId(uuid("special-committee", key, name));
    }

    static HandlingUnitId handlingUnit(String key, String name) {
        return new HandlingUnitId(uuid("handling-unit", key, name));
    }

    static SectorGroupId sectorGroup(String key, String name) {
        return new SectorGroupId(uuid("sector-group", key, name));
    }

    static LiaisonGroupId liaisonGroup(String key, String name) {
        return new LiaisonGroupId(uuid("liaison-group", key, name));
    }

    static WorkstationId workstation(String key, String name) {
        return new WorkstationId(uuid("workstation", key, name));
    }
}
