package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.List;
import org.xieshang.domain.shared.Guard;

/**
 * A key proposal (重点提案) and the leaders who lead its handling (领办) and supervise it (督办), named with their
 * posts, such as "市委书记 王某" and "市长 李某" for 双领办. Immutable.
 *
 * @param leadingLeaders     who lead it, at least one, each at most 50 characters
 * @param supervisingLeaders who supervise it, may be empty
 * @param designatedOn       the day it was chosen, not null
 */
public record KeyDesignation(List<String> leadingLeaders, List<String> supervisingLeaders, LocalDate designatedOn) {

    /** Validates the names. */
    public KeyDesignation {
        leadingLeaders = names(leadingLeaders, "leadingLeaders");
        supervisingLeaders = names(supervisingLeaders, "supervisingLeaders");
        Guard.check(!leadingLeaders.isEmpty(), "proposal.key.leader-required", "leadingLeaders");
        Guard.required(designatedOn, "designatedOn");
    }

    private static List<String> names(List<String> names, String field) {
        List<String> checked = Guard.required(names, field).stream().map(n -> Guard.text(n, field, 50)).toList();
        Guard.check(checked.size() <= 10, "proposal.key.too-many-leaders", field);
        return checked;
    }
}
