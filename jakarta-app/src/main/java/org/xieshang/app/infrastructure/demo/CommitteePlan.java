package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.workstation.PlaceKind;

/**
 * Everything the demo data set says about one fictional committee: its place, terms, sectors, areas and
 * bodies. Pure data; the builders in this package turn it into aggregates. Immutable.
 *
 * @param key               short key, also the member code prefix (CH, WC, YX)
 * @param name              the committee's name
 * @param level             its level
 * @param region            the region it serves (澄湖市)
 * @param shortName         the short place name used in unit names (澄湖)
 * @param documentPrefix    the prefix of its document numbers (澄政协)
 * @param parentKey         the key of the committee above, if any
 * @param terms             its terms, oldest first; the last one is current
 * @param midTermAdditionOn the standing committee meeting that adds members in the current term (增补)
 * @param sectorNames       its sector list, in display order
 * @param memberCount       how many members to generate
 * @param mobileBase        first number of its fictional mobile block
 * @param areas             where its members live, with weights
 * @param minorities        the ethnic minorities living in its region
 * @param endings           memberships and standing roles that end during the current term
 * @param specialCommittees its special committees
 * @param sectorGroups      its sector activity groups
 * @param liaisonGroups     its liaison groups
 * @param workstations      its workstations
 */
record CommitteePlan(String key, String name, CommitteeLevel level, String region, String shortName, String documentPrefix,
                     Optional<String> parentKey, List<TermPlan> terms, LocalDate midTermAdditionOn, List<String> sectorNames,
                     int memberCount, int mobileBase, List<Area> areas, List<Ethnicity> minorities, List<EndingPlan> endings,
                     List<SpecialCommitteePlan> specialCommittees, List<SectorGroupPlan> sectorGroups,
                     List<LiaisonGroupPlan> liaisonGroups, List<WorkstationPlan> workstations) {

    /** @return the current (latest) term */
    TermPlan currentTerm() {
        return terms.get(terms.size() - 1);
    }

    /** @return the term before the current one */
    TermPlan previousTerm() {
        return terms.get(terms.size() - 2);
    }

    /** @return the member code prefix with the current term, such as CH09 */
    String codePrefix() {
        return key + String.format("%02d", currentTerm().number());
    }

    /**
     * A term with its plenary sessions and the batch decisions that open it.
     *
     * @param number      the term's number
     * @param start       first day
     * @param end         last day
     * @param appointedOn the day the previous standing committee appointed the term's members
     * @param sessions    the plenary sessions in order
     */
    record TermPlan(int number, LocalDate start, LocalDate end, LocalDate appointedOn, List<Period> sessions) {

        /**
         * @param number a session number, from 1
         * @return that session
         */
        Period session(int number) {
            return sessions.get(number - 1);
        }

        /**
         * @param day a day
         * @return the first session starting after that day, or the last session
         */
        Period sessionAfter(LocalDate day) {
            return sessions.stream().filter(s -> s.start().isAfter(day)).findFirst().orElse(sessions.get(sessions.size() - 1));
        }

        /**
         * @param day a day
         * @return the number of the session given by {@link #sessionAfter(LocalDate)}
         */
        int sessionNumberAfter(LocalDate day) {
            return sessions.indexOf(sessionAfter(day)) + 1;
        }
    }

    /**
     * A stretch of days.
     *
     * @param start first day
     * @param end   last day
     */
    record Period(LocalDate start, LocalDate end) {

        static Period of(String start, String end) {
            return new Period(LocalDate.parse(start), LocalDate.parse(end));
        }
    }

    /**
     * A place where members live.
     *
     * @param name          the region as recorded on members (湖滨区, 柳湾镇)
     * @param weight        how many members live there, relatively
     * @param idPrefix      the fictional six-digit region code of resident ID numbers, starting with 99
     * @param addressPrefix the start of a postal address there (澄湖市湖滨区)
     * @param streets       invented streets
     */
    record Area(String name, int weight, String idPrefix, String addressPrefix, List<String> streets) {
    }

    /**
     * A membership decision that ends a membership or a standing role.
     *
     * @param kind      what it does
     * @param decidedOn the day (also the effective day)
     * @param decidedBy the deciding body
     * @param grounds   the grounds
     */
    record EndingPlan(DecisionKind kind, LocalDate decidedOn, String decidedBy, String grounds) {
    }

    /**
     * @param name             the special committee's name
     * @param directorSectors  sectors a director is preferably taken from
     * @param onePerson        whether a one-person committee (一人委)
     */
    record SpecialCommitteePlan(String name, List<String> directorSectors, boolean onePerson) {
    }

    /**
     * @param name        the group's name
     * @param sectorNames its sectors
     */
    record SectorGroupPlan(String name, List<String> sectorNames) {
    }

    /**
     * @param name    the group's name
     * @param area    the area as shown
     * @param regions the member regions it gathers
     */
    record LiaisonGroupPlan(String name, String area, List<String> regions) {
    }

    /**
     * @param name           the workstation's name
     * @param place          the township or street
     * @param placeKind      township or street
     * @param headPost       the head's post
     * @param residentRegion the member region whose members are resident members there
     * @param sectorNames    sectors whose members are posted there as sector members
     * @param openedOn       the day members were first posted
     */
    record WorkstationPlan(String name, String place, PlaceKind placeKind, String headPost, String residentRegion,
                           List<String> sectorNames, LocalDate openedOn) {
    }
}
