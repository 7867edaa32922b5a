package org.xieshang.domain.testkit;

import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.inmemory.InMemoryActivities;
import org.xieshang.domain.inmemory.InMemoryDisciplinePolicies;
import org.xieshang.domain.inmemory.InMemoryDutyEvents;
import org.xieshang.domain.inmemory.InMemoryDutyReports;
import org.xieshang.domain.inmemory.InMemoryFindings;
import org.xieshang.domain.inmemory.InMemoryScoringSchemes;

/**
 * The duty-file ports of one adapter, as {@link DutyContract} sees them.
 *
 * @param activities meetings and activities, not null
 * @param events     duty events, not null
 * @param schemes    scoring schemes and scores, not null
 * @param policies   discipline policies, not null
 * @param findings   findings, not null
 * @param reports    members' duty reports, not null
 */
public record DutyStorage(Activities activities, DutyEvents events, ScoringSchemes schemes, DisciplinePolicies policies, Findings findings,
                          DutyReports reports) {

    /** @return fresh in-memory storage, never null */
    public static DutyStorage inMemory() {
        return new DutyStorage(new InMemoryActivities(), new InMemoryDutyEvents(), new InMemoryScoringSchemes(), new InMemoryDisciplinePolicies(),
                new InMemoryFindings(), new InMemoryDutyReports());
    }
}
