package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xieshang.app.application.MemberService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.member.MemberQuery;

/** The committee and term overview (委员会与届次): every committee, city first, with its terms and current membership. */
@Named
@RequestScoped
public class CommitteesView {

    @Inject
    MemberService members;

    @Inject
    CommitteeSelection selection;

    private List<CommitteeCard> cards;

    @PostConstruct
    void init() {
        List<Committee> all = selection.hierarchy();
        Map<CommitteeId, String> names = all.stream().collect(Collectors.toMap(Committee::id, Committee::name));
        cards = all.stream()
                .map(c -> CommitteeCard.of(c, c.parentId().map(names::get).orElse(""), count(c, false), count(c, true)))
                .toList();
    }

    /** @return the number of current members of the committee's latest term, standing members only if asked */
    private long count(Committee committee, boolean standingOnly) {
        return committee.latestTerm().map(Term::number)
                .map(term -> members.count(MemberQuery.of(committee.id()).withTerm(term).withCurrent(true).withStanding(standingOnly ? true : null)))
                .orElse(0L);
    }

    /** @param id a committee @return its member list */
    public String manage(String id) {
        return selection.select(CommitteeId.parse(id));
    }

    public List<CommitteeCard> getCards() {
        return cards;
    }
}
