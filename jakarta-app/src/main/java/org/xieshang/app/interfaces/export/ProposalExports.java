package org.xieshang.app.interfaces.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.ProposalStatistics;
import org.xieshang.domain.proposal.UnitStatistics;

/**
 * What the proposal workbooks show, read through {@link ProposalService} (and so limited to what the user may read)
 * with the names of members and units, for the API and the screens alike. Each export is recorded in the audit trail.
 */
@ApplicationScoped
public class ProposalExports {

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    @Inject
    Clock clock;

    /**
     * A year's register. Immutable.
     *
     * @param year  the year
     * @param lines one per proposal, by filing number then title; not null
     */
    public record Register(int year, List<ProposalRegisterLine> lines) {

        /** Copies the lines. */
        public Register {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A year's statistics with the names of the units. Immutable.
     *
     * @param year      the year
     * @param data      the statistics, not null
     * @param unitNames every unit of the statistics by name, not null
     */
    public record Statistics(int year, ProposalStatistics data, Map<HandlingUnitId, String> unitNames) {

        /** Copies the names. */
        public Statistics {
            unitNames = Map.copyOf(unitNames);
        }

        /** @return the unit's name, or its identifier if it has none here */
        public String unitName(HandlingUnitId unitId) {
            return unitNames.getOrDefault(unitId, unitId.toString());
        }
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return every proposal of the year the user may read, never null
     */
    public Register exportRegister(CommitteeId committeeId, int year) {
        LocalDate today = LocalDate.now(clock);
        // Each member and unit is read once per export, not once per row.
        Map<MemberId, String> members = new HashMap<>();
        Map<HandlingUnitId, String> units = new HashMap<>();
        List<ProposalRegisterLine> lines = proposals.register(committeeId, year).stream()
                .map(p -> ProposalRegisterLine.of(p, m -> members.computeIfAbsent(m, views::memberName),
                        u -> units.computeIfAbsent(u, views::unitName), today))
                .toList();
        proposals.recordExport(committeeId, "register " + year);
        return new Register(year, lines);
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return the year's statistics, for committee-wide readers; never null
     */
    public Statistics exportStatistics(CommitteeId committeeId, int year) {
        ProposalStatistics data = proposals.statistics(committeeId, year);
        Map<HandlingUnitId, String> names = new LinkedHashMap<>();
        data.units().stream().map(UnitStatistics::unitId).forEach(u -> names.put(u, views.unitName(u)));
        proposals.recordExport(committeeId, "statistics " + year);
        return new Statistics(year, data, names);
    }
}
