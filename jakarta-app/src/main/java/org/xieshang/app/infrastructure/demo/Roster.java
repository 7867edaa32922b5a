package org.xieshang.app.infrastructure.demo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.TermMembership;

/**
 * A committee's stored demo members with the facts the other builders select by: sector, standing role,
 * whether the membership still runs, region. Immutable.
 *
 * @param committeeId the committee
 * @param termNumber  the current term
 * @param entries     the members in code order
 */
record Roster(CommitteeId committeeId, int termNumber, List<Entry> entries) {

    /**
     * A stored member and the name of the member's sector.
     *
     * @param member     the member as stored
     * @param sectorName the current term's sector
     */
    record Entry(Member member, String sectorName) {

        private TermMembership membership(int termNumber) {
            return member.membership(termNumber).orElseThrow();
        }

        /** @return the member's region, or an empty text */
        String region() {
            return member.profile().region().orElse("");
        }
    }

    Roster {
        entries = List.copyOf(entries);
    }

    /** @return the members whose membership in the current term still runs */
    List<Entry> current() {
        return entries.stream().filter(e -> e.membership(termNumber).status().isCurrent()).toList();
    }

    /**
     * @param entry a member of this roster
     * @return whether the member holds a standing role now
     */
    boolean isStanding(Entry entry) {
        return entry.membership(termNumber).isStanding();
    }

    /** @return the current standing members */
    List<Entry> standing() {
        return current().stream().filter(this::isStanding).toList();
    }

    /**
     * @param sectorNames sector names
     * @return the current members in those sectors
     */
    List<Entry> currentIn(Collection<String> sectorNames) {
        return current().stream().filter(e -> sectorNames.contains(e.sectorName())).toList();
    }

    /**
     * @param candidates some members of this roster
     * @return the first standing one among them, else the first one
     */
    Optional<Entry> preferStanding(List<Entry> candidates) {
        return candidates.stream().filter(this::isStanding).findFirst().or(() -> candidates.stream().findFirst());
    }
}
