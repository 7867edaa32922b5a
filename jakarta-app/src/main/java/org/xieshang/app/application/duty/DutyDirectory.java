package org.xieshang.app.application.duty;

import java.util.Comparator;
import java.util.Map;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.NameCollation;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * Names for the identifiers in statistics, for screens and exports.
 *
 * @param members           the members concerned, by identifier; not null
 * @param sectors           sector names, not null
 * @param specialCommittees special committee names, not null
 */
public record DutyDirectory(Map<MemberId, Member> members, Map<SectorId, String> sectors, Map<SpecialCommitteeId, String> specialCommittees) {

    /** Copies the maps. */
    public DutyDirectory {
        members = Map.copyOf(members);
        sectors = Map.copyOf(sectors);
        specialCommittees = Map.copyOf(specialCommittees);
    }

    /** @return the member's name, or the identifier if unknown */
    public String name(MemberId id) {
        Member member = members.get(id);
        return member == null ? id.toString() : member.profile().name();
    }

    /** @return the member's code, or empty if unknown */
    public String code(MemberId id) {
        Member member = members.get(id);
        return member == null ? "" : member.code().value();
    }

    /** @return the sector's name, or empty if unknown */
    public String sector(SectorId id) {
        return sectors.getOrDefault(id, "");
    }

    /** @return the special committee's name, or empty if unknown */
    public String specialCommittee(SpecialCommitteeId id) {
        return specialCommittees.getOrDefault(id, "");
    }

    /** @return members in pinyin order of their names, for ties in rankings */
    public Comparator<MemberId> byName() {
        return Comparator.comparing(this::name, NameCollation.pinyinOrder()).thenComparing(MemberId::toString);
    }
}
