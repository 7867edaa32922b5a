package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * The proposer's rating of one round's answer (征询意见表). Immutable.
 *
 * @param round        the round, from 1
 * @param satisfaction the verdict, not null
 * @param contacted    whether the unit contacted the proposer before answering
 * @param comment      what the proposer adds, at most 2000 characters; required when unsatisfied
 * @param ratedBy      who rated: the lead member's account, or the office for a collective proposer; not blank
 * @param ratedOn      the day, not null
 */
public record Rating(int round, Satisfaction satisfaction, boolean contacted, Optional<String> comment, String ratedBy, LocalDate ratedOn) {

    /** Validates every part. */
    public Rating {
        Guard.check(round >= 1, "proposal.round.invalid", "round");
        Guard.required(satisfaction, "satisfaction");
        comment = Guard.required(comment, "comment").map(c -> Guard.text(c, "comment", 2000));
        Guard.check(satisfaction.accepts() || comment.isPresent(), "proposal.rating.reason-required", "comment");
        ratedBy = Guard.text(ratedBy, "ratedBy", 100);
        Guard.required(ratedOn, "ratedOn");
    }
}
