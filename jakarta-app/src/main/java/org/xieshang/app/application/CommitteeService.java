package org.xieshang.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeAdministration;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Committees;

/** Committees, terms and plenary sessions for the screens and the API: one transaction per call. */
@ApplicationScoped
@Transactional
public class CommitteeService {

    @Inject
    Committees committees;

    @Inject
    CommitteeAdministration administration;

    @Inject
    Clock clock;

    /** @return today in the committees' time zone, the default day of a decision */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Committee> all() {
        return committees.all();
    }

    public Committee get(CommitteeId id) {
        return committees.require(id);
    }

    public Committee establish(String name, CommitteeLevel level, Optional<CommitteeId> parentId, String region) {
        return administration.establish(name, level, parentId, region);
    }

    public Committee rename(CommitteeId id, long expectedVersion, String name, String region) {
        return administration.rename(id, expectedVersion, name, region);
    }

    public Committee openTerm(CommitteeId id, long expectedVersion, int number, LocalDate start, LocalDate end) {
        return administration.openTerm(id, expectedVersion, number, start, end);
    }

    public Committee rescheduleTerm(CommitteeId id, long expectedVersion, int number, LocalDate start, LocalDate end) {
        return administration.rescheduleTerm(id, expectedVersion, number, start, end);
    }

    public Committee schedulePlenarySession(CommitteeId id, long expectedVersion, int termNumber, LocalDate start, LocalDate end) {
        return administration.schedulePlenarySession(id, expectedVersion, termNumber, start, end);
    }
}
