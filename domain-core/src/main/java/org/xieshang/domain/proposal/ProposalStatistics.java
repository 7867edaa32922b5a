package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * A year's proposal statistics: per handling unit, per category, and the committee's coverage. Computed from the
 * proposals themselves, so that every number can be traced to the items behind it. Immutable.
 *
 * @param units      per unit that has any assignment, by number of proposals led, most first
 * @param categories per category with any proposal, in the categories' order
 * @param committee  the committee's totals
 */
public record ProposalStatistics(List<UnitStatistics> units, List<CategoryStatistics> categories, CommitteeCoverage committee) {

    /** Copies the lists. */
    public ProposalStatistics {
        units = List.copyOf(Guard.required(units, "units"));
        categories = List.copyOf(Guard.required(categories, "categories"));
        Guard.required(committee, "committee");
    }

    /**
     * @param proposals a committee's proposals of one year, not null
     * @param today     the committee's day, for what is overdue; not null
     * @return the statistics, never null
     */
    public static ProposalStatistics of(List<Proposal> proposals, LocalDate today) {
        Map<HandlingUnitId, int[]> units = new LinkedHashMap<>();
        Map<ProposalCategory, int[]> categories = new EnumMap<>(ProposalCategory.class);
        int[] totals = new int[10];
        for (Proposal proposal : proposals) {
            if (proposal.status() == ProposalStatus.DRAFT || proposal.status() == ProposalStatus.WITHDRAWN) {
                continue;
            }
            boolean filed = proposal.number().isPresent();
            Optional<Handling> handling = proposal.handling();
            boolean answered = handling.flatMap(Handling::firstAnswer).isPresent();
            boolean rated = handling.flatMap(Handling::latestRating).isPresent();
            int[] category = categories.computeIfAbsent(proposal.content().category(), c -> new int[3]);
            category[0]++;
            category[1] += filed ? 1 : 0;
            category[2] += answered ? 1 : 0;
            totals[0]++;
            totals[1] += filed ? 1 : 0;
            totals[2] += proposal.status() == ProposalStatus.NOT_FILED ? 1 : 0;
            totals[3] += proposal.status() == ProposalStatus.CONVERTED ? 1 : 0;
            totals[4] += proposal.status() == ProposalStatus.MERGED ? 1 : 0;
            totals[5] += proposal.key().isPresent() ? 1 : 0;
            totals[6] += answered ? 1 : 0;
            totals[7] += answered && rated ? 1 : 0;
            totals[8] += proposal.status() == ProposalStatus.CLOSED ? 1 : 0;
            totals[9] += proposal.isOverdue(today) ? 1 : 0;
            handling.ifPresent(h -> count(units, proposal, h, today));
        }
        List<UnitStatistics> perUnit = new ArrayList<>();
        units.forEach((unit, n) -> perUnit.add(new UnitStatistics(unit, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8])));
        perUnit.sort(Comparator.comparingInt(UnitStatistics::led).reversed().thenComparing(u -> u.unitId().toString()));
        List<CategoryStatistics> perCategory = new ArrayList<>();
        categories.forEach((category, n) -> perCategory.add(new CategoryStatistics(category, n[0], n[1], n[2])));
        return new ProposalStatistics(perUnit, perCategory, new CommitteeCoverage(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5],
                totals[6], totals[7], totals[8], totals[9]));
    }

    private static void count(Map<HandlingUnitId, int[]> units, Proposal proposal, Handling handling, LocalDate today) {
        for (UnitTask task : handling.tasks()) {
            int[] n = units.computeIfAbsent(task.unitId(), u -> new int[9]);
            if (task.role() == UnitRole.CO_HANDLING) {
                n[1]++;
                continue;
            }
            n[0]++;
            Optional<Answer> first = handling.firstAnswer();
            if (first.isPresent()) {
                n[first.get().onTime() ? 2 : 3]++;
            } else {
                n[proposal.isOverdue(today) ? 4 : 5]++;
            }
            handling.latestRating().ifPresent(rating -> n[6 + rating.satisfaction().ordinal()]++);
        }
    }
}
