package org.xieshang.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.DecisionDraft;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberRegistry;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** The member registry for the screens and the API: one transaction per call. */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    Committees committees;

    @Inject
    Members members;

    @Inject
    MemberRegistry registry;

    public Page<Member> search(MemberQuery query, PageRequest request) {
        committees.require(query.committeeId());
        return members.search(query, request);
    }

    /** @return how many members the query finds (none for an unknown committee), for overviews and charts */
    public long count(MemberQuery query) {
        return members.count(query);
    }

    public Member get(MemberId id) {
        return members.require(id);
    }

    public Member register(CommitteeId committeeId, MemberCode code, MemberProfile profile, Optional<DecisionDraft> appointment) {
        return appointment.map(draft -> registry.register(committeeId, code, profile, draft))
                .orElseGet(() -> registry.register(committeeId, code, profile));
    }

    public Member updateProfile(MemberId id, long expectedVersion, MemberProfile profile) {
        return registry.updateProfile(id, expectedVersion, profile);
    }

    public Member recordDecision(MemberId id, long expectedVersion, DecisionDraft draft) {
        return registry.recordDecision(id, expectedVersion, draft);
    }
}
