package org.xieshang.app.interfaces.faces;

import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;

/**
 * One line of the member list, ready to show: the membership shown is the filtered term's, or the latest.
 *
 * @param standing whether the member holds the standing role (常委) in that membership
 */
public record MemberRow(String id, String code, String name, String gender, String born, String party, String sector, String term,
                        String status, boolean standing, boolean current, String workUnit, String region) {

    static MemberRow of(Member member, Optional<Integer> termNumber, Map<SectorId, String> sectorNames) {
        MemberProfile p = member.profile();
        Optional<TermMembership> membership = termNumber.flatMap(member::membership).or(member::latestMembership);
        return new MemberRow(member.id().toString(), member.code().value(), p.name(), Texts.label(p.gender()),
                Texts.date(p.dateOfBirth()), Texts.label(p.party()),
                membership.map(m -> sectorNames.getOrDefault(m.sectorId(), "")).orElse(""),
                membership.map(m -> Texts.term(m.termNumber())).orElse(""),
                membership.map(m -> Texts.label(m.status())).orElse(Texts.text("member.not-appointed")),
                membership.map(TermMembership::isStanding).orElse(false),
                membership.map(m -> m.status().isCurrent()).orElse(false),
                p.post().map(post -> p.workUnit() + " " + post).orElse(p.workUnit()),
                p.region().orElse(""));
    }
}
