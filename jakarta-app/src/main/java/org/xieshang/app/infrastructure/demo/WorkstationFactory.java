package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.xieshang.app.infrastructure.demo.CommitteePlan.WorkstationPlan;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.PostingType;
import org.xieshang.domain.workstation.Workstation;

/**
 * Builds a demo committee's member workstations: a head who is not a member (an invented name with a
 * post such as 镇党委副书记), then 3–4 resident members living there, 1–3 sector members and 1–3 members
 * sent down from elsewhere; a member is posted to at most one of the committee's workstations.
 */
final class WorkstationFactory {

    private WorkstationFactory() {
    }

    /**
     * @param plan   the committee's plan
     * @param roster its stored members
     * @return its workstations at version 0, with their postings
     */
    static List<Workstation> build(CommitteePlan plan, Roster roster) {
        Random random = DemoIds.random(plan.key(), "workstations");
        NameGenerator heads = new NameGenerator(random);
        Set<String> memberNames = roster.entries().stream().map(e -> e.member().profile().name()).collect(Collectors.toSet());
        Set<MemberId> posted = new HashSet<>();
        List<Workstation> workstations = new ArrayList<>();
        for (WorkstationPlan station : plan.workstations()) {
            String head = heads.next(random.nextInt(100) < 30 ? Gender.FEMALE : Gender.MALE);
            while (memberNames.contains(head)) {
                head = heads.next(Gender.MALE);
            }
            Workstation workstation = Workstation.open(DemoIds.workstation(plan.key(), station.name()), roster.committeeId(), station.name(),
                    station.place(), station.placeKind(), head, station.headPost());
            Predicate<Roster.Entry> livesThere = e -> e.region().equals(station.residentRegion());
            List<Roster.Entry> current = roster.current();
            workstation = post(workstation, pick(current, livesThere, 3 + random.nextInt(2), posted, random), PostingType.RESIDENT, station);
            workstation = post(workstation, pick(current, livesThere.negate().and(e -> station.sectorNames().contains(e.sectorName())),
                    1 + random.nextInt(3), posted, random), PostingType.SECTOR, station);
            workstation = post(workstation, pick(current, livesThere.negate(), 1 + random.nextInt(3), posted, random),
                    PostingType.SENT_DOWN, station);
            workstations.add(workstation);
        }
        return workstations;
    }

    private static List<MemberId> pick(List<Roster.Entry> current, Predicate<Roster.Entry> fits, int count, Set<MemberId> posted,
                                       Random random) {
        List<MemberId> candidates = new ArrayList<>(current.stream().filter(fits).map(e -> e.member().id())
                .filter(id -> !posted.contains(id)).toList());
        Collections.shuffle(candidates, random);
        List<MemberId> chosen = candidates.subList(0, Math.min(count, candidates.size()));
        posted.addAll(chosen);
        return List.copyOf(chosen);
    }

    private static Workstation post(Workstation workstation, List<MemberId> memberIds, PostingType type, WorkstationPlan station) {
        for (MemberId memberId : memberIds) {
            workstation = workstation.post(new Posting(memberId, type, station.openedOn()));
        }
        return workstation;
    }
}
