package org.xieshang.app.application.feed;

import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xieshang.app.application.HandlingUnitService;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.security.Target;

/**
 * Reading the change feed: the entries of every committee whose proposals and social-condition reports the caller
 * reads in full (a city's integrator account sees its counties' too), after the last sequence number the caller has
 * seen.
 */
@ApplicationScoped
@Transactional
public class FeedService {

    /** Most entries in one read. */
    public static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeed feed;

    @Inject
    CurrentUser user;

    @Inject
    AccessControl access;

    @Inject
    HandlingUnitService units;

    /**
     * @param since the last sequence number seen, 0 for the whole feed
     * @param limit how many at most, 1–{@value #MAX_LIMIT}
     * @return the entries after {@code since}, in order; never null
     */
    public List<FeedEntry> read(long since, int limit) {
        List<CommitteeId> readable = user.subject().readableCommittees().stream()
                .filter(committee -> access.allows(PROPOSAL_READ, Target.committee(committee))).toList();
        if (readable.isEmpty()) {
            access.require(PROPOSAL_READ, Target.committee(user.subject().committeeId()));
        }
        return feed.read(readable, Math.max(0, since), bounded(limit));
    }

    /**
     * A handling unit's own feed: the changes of the proposals assigned to it, from the change that assigned each on,
     * for the unit's own system (or the committee's office) to synchronise its workload.
     *
     * @param unitId the unit, not null
     * @param since  the last sequence number seen, 0 for the whole feed
     * @param limit  how many at most, 1–{@value #MAX_LIMIT}
     * @return the entries after {@code since}, in order; never null
     * @throws org.xieshang.domain.shared.NotFoundException if there is no such unit
     */
    public List<FeedEntry> readForUnit(HandlingUnitId unitId, long since, int limit) {
        HandlingUnit unit = units.get(unitId);
        return feed.readForUnit(unit.id(), Math.max(0, since), bounded(limit));
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
