package org.xieshang.domain.outcome;

import static org.xieshang.domain.outcome.SuggestionAction.ASSIGN;
import static org.xieshang.domain.outcome.SuggestionAction.FOLLOW_UP;
import static org.xieshang.domain.outcome.SuggestionAction.RECORD_ADOPTION;
import static org.xieshang.domain.outcome.SuggestionAction.RECORD_IMPLEMENTATION;
import static org.xieshang.domain.outcome.SuggestionAction.SUPERVISE;
import static org.xieshang.domain.outcome.SuggestionStatus.ADOPTED;
import static org.xieshang.domain.outcome.SuggestionStatus.ASSIGNED;
import static org.xieshang.domain.outcome.SuggestionStatus.IMPLEMENTED;
import static org.xieshang.domain.outcome.SuggestionStatus.NOT_ADOPTED;
import static org.xieshang.domain.outcome.SuggestionStatus.PARTLY_ADOPTED;
import static org.xieshang.domain.outcome.SuggestionStatus.PENDING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.xieshang.domain.shared.DomainException;

/**
 * Which actions each suggestion status allows. Adoption and implementation move the status (to the result recorded);
 * assignment moves a pending suggestion to assigned; supervision and follow-up only add to its log.
 */
public final class SuggestionLifecycle {

    private static final Map<SuggestionStatus, Set<SuggestionAction>> ALLOWED = new EnumMap<>(Map.of(
            PENDING, EnumSet.of(ASSIGN),
            ASSIGNED, EnumSet.of(ASSIGN, RECORD_ADOPTION, SUPERVISE),
            ADOPTED, EnumSet.of(RECORD_IMPLEMENTATION, SUPERVISE, FOLLOW_UP),
            PARTLY_ADOPTED, EnumSet.of(RECORD_IMPLEMENTATION, SUPERVISE, FOLLOW_UP),
            NOT_ADOPTED, EnumSet.of(SUPERVISE, FOLLOW_UP),
            IMPLEMENTED, EnumSet.of(SUPERVISE, FOLLOW_UP)));

    private SuggestionLifecycle() {
    }

    /**
     * @param status a status, not null
     * @return the actions it allows, never null
     */
    public static Set<SuggestionAction> allowedIn(SuggestionStatus status) {
        return Set.copyOf(ALLOWED.get(status));
    }

    /**
     * @param status the suggestion's status, not null
     * @param action the action, not null
     * @throws DomainException {@code outcome.action.not-allowed} naming both
     */
    public static void require(SuggestionStatus status, SuggestionAction action) {
        if (!ALLOWED.get(status).contains(action)) {
            throw new DomainException("outcome.action.not-allowed", "status", action, status);
        }
    }
}
