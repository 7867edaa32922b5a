package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.xieshang.app.infrastructure.demo.CommitteePlan.SpecialCommitteePlan;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.specialcommittee.SpecialCommittee;

/**
 * Builds a demo committee's special committees, each directed by a different current standing member,
 * from the plan's preferred sectors where one is available.
 */
final class SpecialCommitteeFactory {

    private SpecialCommitteeFactory() {
    }

    /**
     * @param plan   the committee's plan
     * @param roster its stored members
     * @return its special committees at version 0
     */
    static List<SpecialCommittee> build(CommitteePlan plan, Roster roster) {
        Random random = DemoIds.random(plan.key(), "special-committees");
        Set<MemberId> directors = new HashSet<>();
        List<SpecialCommittee> result = new ArrayList<>();
        for (SpecialCommitteePlan special : plan.specialCommittees()) {
            List<Roster.Entry> free = roster.standing().stream().filter(e -> !directors.contains(e.member().id())).toList();
            List<Roster.Entry> preferred = free.stream().filter(e -> special.directorSectors().contains(e.sectorName())).toList();
            List<Roster.Entry> pool = preferred.isEmpty() ? free : preferred;
            if (pool.isEmpty()) {
                throw new IllegalStateException("no standing member left to direct " + special.name());
            }
            MemberId director = pool.get(random.nextInt(pool.size())).member().id();
            directors.add(director);
            result.add(SpecialCommittee.establish(DemoIds.specialCommittee(plan.key(), special.name()), roster.committeeId(),
                    special.name(), Optional.of(director), special.onePerson()));
        }
        return result;
    }
}
