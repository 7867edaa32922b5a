package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Meetings and activities kept in memory. Thread-safe. */
public final class InMemoryActivities implements Activities {

    private static final Comparator<DutyActivity> EARLIEST_FIRST = Comparator.comparing((DutyActivity a) -> a.details().startsAt())
            .thenComparing(a -> a.id().value());

    private final InMemoryStore<ActivityId, DutyActivity> store = new InMemoryStore<>("activity", new InMemoryStore.Shape<>() {
        @Override
        public ActivityId idOf(DutyActivity a) {
            return a.id();
        }

        @Override
        public long versionOf(DutyActivity a) {
            return a.version();
        }

        @Override
        public DutyActivity withVersion(DutyActivity a, long version) {
            return DutyActivity.restore(a.id(), a.committeeId(), a.details(), a.invitations(), version);
        }
    });

    @Override
    public Optional<DutyActivity> find(ActivityId id) {
        return store.find(id);
    }

    @Override
    public DutyActivity save(DutyActivity activity) {
        return store.save(activity);
    }

    @Override
    public Page<DutyActivity> search(ActivityQuery query, PageRequest request) {
        return Page.of(store.filter(query::matches).stream().sorted(EARLIEST_FIRST.reversed()).toList(), request);
    }

    @Override
    public List<DutyActivity> list(ActivityQuery query) {
        return store.filter(query::matches).stream().sorted(EARLIEST_FIRST).toList();
    }

    @Override
    public List<DutyActivity> withPendingLeave(CommitteeId committeeId) {
        return store.filter(a -> a.committeeId().equals(committeeId) && !a.pendingLeave().isEmpty()).stream().sorted(EARLIEST_FIRST).toList();
    }

    @Override
    public List<DutyActivity> invitingMember(MemberId memberId, ActivityQuery query) {
        return store.filter(a -> query.matches(a) && a.invitation(memberId).isPresent()).stream().sorted(EARLIEST_FIRST).toList();
    }
}
