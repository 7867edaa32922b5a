package org.xieshang.app.infrastructure.demo;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.specialcommittee.SpecialCommittees;
import org.xieshang.domain.workstation.Workstations;

/**
 * The reference application's demo organisation: a city committee, 政协澄湖市委员会, with two county
 * committees below it, 政协望川县委员会 and 政协云岫县委员会, with their terms and plenary sessions,
 * sectors, about 300 members and their membership decisions, special committees, sector activity groups,
 * liaison groups, workstations and the handling units proposals are assigned to.
 *
 * <p>Everything in it is FICTIONAL: the places, units, names, resident ID numbers (region codes 99xxxx),
 * phone numbers and e-mail addresses (example.org) are invented. It is generated deterministically, so
 * every start produces the same data, down to the identifiers. Plain Java over the domain's storage ports:
 * the caller supplies the transaction, if any.
 */
public final class DemoOrganisation {

    private DemoOrganisation() {
    }

    /**
     * What a load did.
     *
     * @param loaded            false if storage already held committees and nothing was loaded
     * @param committees        committees loaded
     * @param sectors           sectors loaded
     * @param members           members loaded
     * @param standingMembers   of them, current standing members
     * @param specialCommittees special committees loaded
     * @param sectorGroups      sector activity groups loaded
     * @param liaisonGroups     liaison groups loaded
     * @param workstations      workstations loaded
     * @param postings          members posted to the workstations
     * @param handlingUnits     handling units registered
     */
    public record Summary(boolean loaded, int committees, int sectors, int members, int standingMembers, int specialCommittees,
                          int sectorGroups, int liaisonGroups, int workstations, int postings, int handlingUnits) {

        /** @return the summary of a load that found data and did nothing */
        public static Summary skipped() {
            return new Summary(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        /**
         * @param other another load's counts
         * @return the counts of both
         */
        Summary plus(Summary other) {
            return new Summary(loaded || other.loaded, committees + other.committees, sectors + other.sectors, members + other.members,
                    standingMembers + other.standingMembers, specialCommittees + other.specialCommittees,
                    sectorGroups + other.sectorGroups, liaisonGroups + other.liaisonGroups, workstations + other.workstations,
                    postings + other.postings, handlingUnits + other.handlingUnits);
        }

        /** @return a one-line description for the log */
        public String describe() {
            if (!loaded) {
                return "Demo data not loaded: storage already holds committees.";
            }
            return "Demo data loaded (fictional): " + committees + " committees, " + sectors + " sectors, " + members + " members ("
                    + standingMembers + " standing), " + specialCommittees + " special committees, " + sectorGroups
                    + " sector groups, " + liaisonGroups + " liaison groups, " + workstations + " workstations with " + postings
                    + " postings, " + handlingUnits + " handling units.";
        }
    }

    /**
     * Loads the demo organisation if storage holds no committee yet; otherwise does nothing.
     *
     * @param committees        committee storage, not null
     * @param sectors           sector storage, not null
     * @param sectorGroups      sector activity group storage, not null
     * @param specialCommittees special committee storage, not null
     * @param handlingUnits     handling unit storage, not null
     * @param members           member storage, not null
     * @param liaisonGroups     liaison group storage, not null
     * @param workstations      workstation storage, not null
     * @param clock             the clock: no decision is dated after its today; not null
     * @return what was loaded, {@link Summary#skipped()} if storage already held committees; never null
     */
    public static Summary load(Committees committees, Sectors sectors, SectorGroups sectorGroups, SpecialCommittees specialCommittees,
                               HandlingUnits handlingUnits, Members members, LiaisonGroups liaisonGroups, Workstations workstations, Clock clock) {
        DemoStorage storage = new DemoStorage(Objects.requireNonNull(committees, "committees"), Objects.requireNonNull(sectors, "sectors"),
                Objects.requireNonNull(sectorGroups, "sectorGroups"), Objects.requireNonNull(specialCommittees, "specialCommittees"),
                Objects.requireNonNull(handlingUnits, "handlingUnits"), Objects.requireNonNull(members, "members"),
                Objects.requireNonNull(liaisonGroups, "liaisonGroups"), Objects.requireNonNull(workstations, "workstations"));
        if (!committees.all().isEmpty()) {
            return Summary.skipped();
        }
        CommitteeLoader loader = new CommitteeLoader(storage, new DemoCalendar(Objects.requireNonNull(clock, "clock")));
        Map<String, Committee> loadedByKey = new HashMap<>();
        Summary summary = Summary.skipped();
        for (CommitteePlan plan : DemoCommittees.all()) {
            Optional<Committee> parent = plan.parentKey().map(loadedByKey::get);
            CommitteeLoader.Loaded loaded = loader.load(plan, parent);
            loadedByKey.put(plan.key(), loaded.committee());
            summary = summary.plus(loaded.summary());
        }
        return summary;
    }
}
