package org.xieshang.app.infrastructure.demo;

import java.util.Optional;
import org.xieshang.app.infrastructure.demo.CommitteePlan.EndingPlan;

/**
 * A demo member's path through the previous and the current term, from which the membership decisions
 * are written.
 *
 * @param continuing             also a member of the previous term (连任)
 * @param standingInPreviousTerm a standing member in the previous term as well
 * @param standing               when the member became a standing member in the current term, if at all
 * @param midTermAddition        appointed during the current term (增补) rather than at its start
 * @param ending                 how the membership or standing role ended, if it did
 */
record Career(boolean continuing, boolean standingInPreviousTerm, Standing standing, boolean midTermAddition,
              Optional<EndingPlan> ending) {

    /** When a member became a standing member in the current term. */
    enum Standing {
        /** Not a standing member. */
        NONE,
        /** Elected at the term's first plenary session. */
        FROM_FIRST_SESSION,
        /** Added at a later plenary session (增补常委). */
        ADDED_LATER
    }
}
