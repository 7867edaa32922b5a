package org.xieshang.app.application.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/**
 * Builds the names behind a term's statistics and activities, reading each list once (not once per member). Callers
 * check access first: this reads what they may show.
 */
@ApplicationScoped
@Transactional
public class DutyDirectories {

    @Inject
    Members members;

    @Inject
    Sectors sectors;

    @Inject
    SpecialCommittees specialCommittees;

    /**
     * @param committeeId the committee, not null
     * @param termNumber  the term whose members to name
     * @return the names, never null
     */
    public DutyDirectory forTerm(CommitteeId committeeId, int termNumber) {
        Map<MemberId, Member> byId = new HashMap<>();
        MemberQuery query = MemberQuery.of(committeeId).withTerm(termNumber);
        Page.all(request -> members.search(query, request)).forEach(m -> byId.put(m.id(), m));
        Map<SectorId, String> sectorNames = new HashMap<>();
        sectors.listOf(committeeId).forEach(s -> sectorNames.put(s.id(), s.name()));
        Map<SpecialCommitteeId, String> specialNames = new HashMap<>();
        specialCommittees.listOf(committeeId).forEach(s -> specialNames.put(s.id(), s.name()));
        return new DutyDirectory(byId, sectorNames, specialNames);
    }
}
