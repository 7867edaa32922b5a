package org.xieshang.app.interfaces.faces;

import java.util.List;
import java.util.stream.Collectors;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.Term;

/**
 * A committee on the overview: level, region, parent, its terms with their plenary sessions, and the size of
 * the current term's membership.
 */
public record CommitteeCard(String id, String name, String level, String region, String parent, List<TermLine> terms, long currentMembers,
                            long standingMembers) {

    /** One term: its name, its dates and its plenary sessions (全体会议). */
    public record TermLine(String name, String period, String sessions, boolean current) {
    }

    static CommitteeCard of(Committee committee, String parentName, long currentMembers, long standingMembers) {
        Term latest = committee.latestTerm().orElse(null);
        List<TermLine> terms = Options.latestFirst(committee).stream()
                .map(t -> new TermLine(Texts.term(t.number()), Texts.period(t.startInclusive(), t.endInclusive()),
                        t.sessions().stream().map(s -> Texts.session(t.number(), s) + "（" + Texts.period(s.startInclusive(), s.endInclusive()) + "）")
                                .collect(Collectors.joining("；")),
                        t.equals(latest)))
                .toList();
        return new CommitteeCard(committee.id().toString(), committee.name(), Texts.label(committee.level()), committee.region(), parentName, terms,
                currentMembers, standingMembers);
    }
}
