package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.security.UserId;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** User accounts kept in memory. Thread-safe. */
public final class InMemoryUserAccounts implements UserAccounts {

    private final InMemoryStore<UserId, UserAccount> store = new InMemoryStore<>("user", new InMemoryStore.Shape<>() {
        @Override
        public UserId idOf(UserAccount a) {
            return a.id();
        }

        @Override
        public long versionOf(UserAccount a) {
            return a.version();
        }

        @Override
        public UserAccount withVersion(UserAccount a, long version) {
            return a.withVersion(version);
        }
    });

    @Override
    public Optional<UserAccount> find(UserId id) {
        return store.find(id);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return store.filter(a -> a.username().equals(username)).stream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByMember(MemberId memberId) {
        return store.filter(a -> a.memberId().equals(Optional.of(memberId))).stream().findFirst();
    }

    @Override
    public UserAccount save(UserAccount account) {
        return store.save(account, others -> {
            if (others.stream().anyMatch(o -> o.username().equals(account.username()))) {
                throw new DuplicateException("user.username.duplicate", "username", account.username());
            }
        });
    }

    @Override
    public Page<UserAccount> ofCommittee(CommitteeId committeeId, PageRequest request) {
        return Page.of(store.filter(a -> a.committeeId().equals(committeeId)).stream().sorted(Comparator.comparing(UserAccount::username)).toList(),
                request);
    }

    @Override
    public long count() {
        return store.filter(a -> true).size();
    }
}
