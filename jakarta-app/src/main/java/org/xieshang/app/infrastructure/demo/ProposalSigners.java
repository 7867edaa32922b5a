package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.infrastructure.demo.DemoProposal.Sponsor;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.Page;

/**
 * The members who lead and co-sign one committee's demo proposals: those serving from the plenary session until today
 * (or their term's end), so that they serve on every day their duty files are credited. The committee's first member
 * by code is the demo member account's (as {@code DemoAccounts} opens it): it leads only the proposals the catalogue
 * gives the demo member, and co-signs none but the one draft that invites it, so that its social-condition reports
 * stay its own. Other proposals are led by members spread over the register, each co-signed by the members after its
 * lead. Immutable.
 */
final class ProposalSigners {

    /** Leads are taken this far apart in the register, so that they come from different sectors and regions. */
    private static final int STRIDE = 5;

    private final Optional<MemberId> demoMember;
    private final List<MemberId> others;

    private ProposalSigners(Optional<MemberId> demoMember, List<MemberId> others) {
        this.demoMember = demoMember;
        this.others = List.copyOf(others);
    }

    /**
     * @param members     member storage
     * @param committeeId the committee
     * @param from        the first day they must serve: the session's
     * @param until       the last day they must serve
     * @return the committee's signers, never null
     */
    static ProposalSigners of(Members members, CommitteeId committeeId, LocalDate from, LocalDate until) {
        MemberQuery query = MemberQuery.of(committeeId).sortedBy(MemberSort.CODE, true);
        List<Member> register = Page.all(request -> members.search(query, request));
        List<MemberId> serving = register.stream()
                .filter(m -> m.memberships().stream().anyMatch(t -> t.covers(from)) && m.memberships().stream().anyMatch(t -> t.covers(until)))
                .map(Member::id).toList();
        Optional<MemberId> first = register.stream().findFirst().map(Member::id);
        return new ProposalSigners(first.filter(serving::contains), serving.stream().filter(id -> first.filter(id::equals).isEmpty()).toList());
    }

    /** @return whether any member can lead a proposal */
    boolean any() {
        return !others.isEmpty();
    }

    /**
     * @param slot    the proposal's place in the catalogue
     * @param sponsor who the catalogue says puts it forward, a member
     * @return its lead member: the demo member's where the catalogue says so and it serves, else one of the others
     */
    MemberId lead(int slot, Sponsor sponsor) {
        return sponsor.demoMember() && demoMember.isPresent() ? demoMember.get() : others.get(base(slot));
    }

    /**
     * @param slot    the proposal's place in the catalogue
     * @param ordinal 0 for the demo member's member, 1… for the members after the lead
     * @return the member, if the committee has one there
     */
    Optional<MemberId> coSigner(int slot, int ordinal) {
        if (ordinal == 0) {
            return demoMember;
        }
        return ordinal < others.size() ? Optional.of(others.get((base(slot) + ordinal) % others.size())) : Optional.empty();
    }

    private int base(int slot) {
        return slot * STRIDE % others.size();
    }
}
