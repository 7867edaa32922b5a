package org.xieshang.domain.inmemory;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Members kept in memory. Thread-safe. */
public final class InMemoryMembers implements Members {

    private final InMemoryStore<MemberId, Member> store = new InMemoryStore<>("member", new InMemoryStore.Shape<>() {
        @Override
        public MemberId idOf(Member m) {
            return m.id();
        }

        @Override
        public long versionOf(Member m) {
            return m.version();
        }

        @Override
        public Member withVersion(Member m, long version) {
            return Member.restore(m.id(), m.committeeId(), m.code(), m.profile(), m.memberships(), m.decisions(), version);
        }
    });

    @Override
    public Optional<Member> find(MemberId id) {
        return store.find(id);
    }

    @Override
    public Optional<Member> findByCode(CommitteeId committeeId, MemberCode code) {
        return store.filter(m -> m.committeeId().equals(committeeId) && m.code().equals(code)).stream().findFirst();
    }

    @Override
    public Optional<Member> findByResidentIdNumber(CommitteeId committeeId, ResidentIdNumber number) {
        return store.filter(m -> m.committeeId().equals(committeeId) && m.profile().residentIdNumber().equals(Optional.of(number))).stream()
                .findFirst();
    }

    @Override
    public Member save(Member member) {
        return store.save(member, others -> {
            if (others.stream().anyMatch(o -> o.committeeId().equals(member.committeeId()) && o.code().equals(member.code()))) {
                throw new DuplicateException("member.code.duplicate", "code", member.code().value());
            }
        });
    }

    @Override
    public Page<Member> search(MemberQuery query, PageRequest request) {
        List<Member> matching = store.filter(query::matches).stream()
                .sorted(query.sort().comparator(query.ascending()))
                .toList();
        return Page.of(matching, request);
    }
}
