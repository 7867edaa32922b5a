package org.xieshang.app.infrastructure.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.xieshang.domain.member.PartyAffiliation;

/**
 * Chooses a demo member's party affiliation so that it fits the sector: the party sectors give their
 * party, 无党派人士 gives non-party, the religious sector never the Communist Party, mass organisations
 * mostly the Communist Party, and the other sectors a mix. Immutable apart from its random source.
 */
final class PartyRule {

    private static final Map<String, PartyAffiliation> PARTY_SECTORS = Map.of(
            "中国共产党", PartyAffiliation.CPC, "民革", PartyAffiliation.RCCK, "民盟", PartyAffiliation.CDL,
            "民建", PartyAffiliation.CNDCA, "民进", PartyAffiliation.CAPD, "农工党", PartyAffiliation.CPWDP,
            "致公党", PartyAffiliation.CZGP, "九三学社", PartyAffiliation.JIUSAN, "台盟", PartyAffiliation.TDSGL,
            "无党派人士", PartyAffiliation.NON_PARTY);
    private static final List<String> MASS_ORGANISATIONS = List.of("共青团", "工会", "妇联", "青联");

    private final List<PartyAffiliation> democraticParties;
    private final Random random;

    /**
     * @param sectorNames the committee's sectors: the democratic parties among them are the ones present
     * @param random      the random source
     */
    PartyRule(List<String> sectorNames, Random random) {
        this.democraticParties = sectorNames.stream().map(PartyRule::ofSector).flatMap(Optional::stream)
                .filter(PartyAffiliation::isDemocraticParty).toList();
        this.random = random;
    }

    /**
     * @param sectorName a sector's name
     * @return the party the sector stands for, if it is a party sector (or 无党派人士)
     */
    static Optional<PartyAffiliation> ofSector(String sectorName) {
        return Optional.ofNullable(PARTY_SECTORS.get(sectorName));
    }

    /**
     * @param sectorName the member's sector
     * @return an affiliation fitting it
     */
    PartyAffiliation partyFor(String sectorName) {
        Optional<PartyAffiliation> fixed = ofSector(sectorName);
        if (fixed.isPresent()) {
            return fixed.get();
        }
        int draw = random.nextInt(100);
        if (sectorName.equals("宗教")) {
            return draw < 85 ? PartyAffiliation.MASSES : PartyAffiliation.NON_PARTY;
        }
        if (MASS_ORGANISATIONS.contains(sectorName)) {
            return draw < 80 ? PartyAffiliation.CPC : PartyAffiliation.MASSES;
        }
        if (draw < 45) {
            return PartyAffiliation.CPC;
        }
        if (draw < 75) {
            return PartyAffiliation.MASSES;
        }
        if (draw < 83 || democraticParties.isEmpty()) {
            return PartyAffiliation.NON_PARTY;
        }
        return democraticParties.get(random.nextInt(democraticParties.size()));
    }
}
