package org.xieshang.app.infrastructure.demo;

import java.util.Optional;
import org.xieshang.domain.member.PartyAffiliation;

/** A demo member's part beyond ordinary membership, which decides the post and the standing role. */
enum MemberRole {
    /** 政协副主席. */
    VICE_CHAIR,
    /** 政协秘书长. */
    SECRETARY_GENERAL,
    /** The chair (主委) of a democratic party's local organisation. */
    PARTY_CHIEF,
    /** Everyone else. */
    ORDINARY;

    /**
     * @param sectorName    the member's sector
     * @param indexInSector the member's position among the sector's members, from 0
     * @return the role: the Communist Party sector's first two members hold committee office, each
     *         democratic party sector's first member chairs the party's local organisation
     */
    static MemberRole of(String sectorName, int indexInSector) {
        if (sectorName.equals("中国共产党") && indexInSector < 2) {
            return indexInSector == 0 ? VICE_CHAIR : SECRETARY_GENERAL;
        }
        Optional<PartyAffiliation> party = PartyRule.ofSector(sectorName);
        if (indexInSector == 0 && party.isPresent() && party.get().isDemocraticParty()) {
            return PARTY_CHIEF;
        }
        return ORDINARY;
    }

    /** @return whether the role comes with a standing-committee seat */
    boolean isLeading() {
        return this != ORDINARY;
    }
}
