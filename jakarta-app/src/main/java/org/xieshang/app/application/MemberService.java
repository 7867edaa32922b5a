package org.xieshang.app.application;

import static org.xieshang.domain.security.Permission.COMMITTEE_READ;
import static org.xieshang.domain.security.Permission.MEMBERSHIP_DECIDE;
import static org.xieshang.domain.security.Permission.MEMBER_PROFILE_EDIT;
import static org.xieshang.domain.security.Permission.MEMBER_READ;
import static org.xieshang.domain.security.Permission.MEMBER_REGISTER;
import static org.xieshang.domain.security.Permission.PERSONAL_DATA_UNMASKED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.audit.AuditAction;
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
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * The member registry for the screens and the API: one transaction per call, every call checked against
 * the current user's permissions (a member reaches only their own record), every change and every read of
 * unmasked personal numbers audited.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    Committees committees;

    @Inject
    Members members;

    @Inject
    MemberRegistry registry;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    public Page<Member> search(MemberQuery query, PageRequest request) {
        committees.require(query.committeeId());
        access.require(MEMBER_READ, Target.committee(query.committeeId()));
        return members.search(query, request);
    }

    /** @return how many members the query finds (none for an unknown committee), for overviews and charts: no personal data */
    public long count(MemberQuery query) {
        access.require(COMMITTEE_READ, Target.committee(query.committeeId()));
        return members.count(query);
    }

    /** @return the member, whose personal numbers callers show masked */
    public Member get(MemberId id) {
        Member member = members.require(id);
        access.require(MEMBER_READ, target(member));
        return member;
    }

    /**
     * Exact search by resident ID number. It confirms a full number, so it needs {@code PERSONAL_DATA_UNMASKED} over
     * the committee and is audited: otherwise a masked number and the birth date would let a reader guess it.
     *
     * @param committeeId the committee, not null
     * @param number      a full resident ID number, not null
     * @return the committee's member with that number, found through the blind index
     */
    public Optional<Member> findByResidentIdNumber(CommitteeId committeeId, ResidentIdNumber number) {
        access.require(MEMBER_READ, Target.committee(committeeId));
        access.require(PERSONAL_DATA_UNMASKED, Target.committee(committeeId));
        Optional<Member> found = members.findByResidentIdNumber(committeeId, number);
        audit.record(AuditAction.PERSONAL_DATA_READ, Optional.of(committeeId), "member", found.map(m -> m.id().toString()).orElse(""),
                "search by resident ID number " + number.masked());
        return found;
    }

    /**
     * The member with personal numbers to be shown in full: needs {@code PERSONAL_DATA_UNMASKED} and is audited.
     *
     * @param id      the member, not null
     * @param purpose why the numbers are shown (a screen, an API call), for the audit trail; not null
     * @return the member, never null
     */
    public Member revealPersonalData(MemberId id, String purpose) {
        Member member = get(id);
        access.require(PERSONAL_DATA_UNMASKED, target(member));
        audit.record(AuditAction.PERSONAL_DATA_READ, Optional.of(member.committeeId()), "member", id.toString(), purpose);
        return member;
    }

    /** @return whether the current user may see this member's personal numbers in full (nothing audited) */
    public boolean mayReveal(Member member) {
        return access.allows(PERSONAL_DATA_UNMASKED, target(member));
    }

    public Member register(CommitteeId committeeId, MemberCode code, MemberProfile profile, Optional<DecisionDraft> appointment) {
        access.require(MEMBER_REGISTER, Target.committee(committeeId));
        Member registered = appointment.map(draft -> registry.register(committeeId, code, profile, draft))
                .orElseGet(() -> registry.register(committeeId, code, profile));
        audit.change(committeeId, "member", registered.id().toString(), null, AuditFields.of(registered));
        return registered;
    }

    public Member updateProfile(MemberId id, long expectedVersion, MemberProfile profile) {
        Member before = members.require(id);
        access.require(MEMBER_PROFILE_EDIT, target(before));
        return audited(before, registry.updateProfile(id, expectedVersion, profile));
    }

    public Member recordDecision(MemberId id, long expectedVersion, DecisionDraft draft) {
        Member before = members.require(id);
        access.require(MEMBERSHIP_DECIDE, target(before));
        return audited(before, registry.recordDecision(id, expectedVersion, draft));
    }

    private static Target target(Member member) {
        return Target.memberRecord(member.committeeId(), member.id());
    }

    private Member audited(Member before, Member after) {
        audit.change(after.committeeId(), "member", after.id().toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }
}
