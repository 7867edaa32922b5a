package org.xieshang.domain.duty.evaluation;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.shared.Guard;

/**
 * The outcome of evaluating a committee's year. Immutable and thread-safe.
 *
 * @param year           the year
 * @param termNumber     the term
 * @param schemeRevision the scheme revision the scores were computed under, if the committee scores
 * @param members        every member's evaluated year, not null
 * @param newFindings    findings raised by this run (findings raised before are not raised again), not null
 */
public record EvaluationSummary(int year, int termNumber, Optional<Integer> schemeRevision, List<MemberEvaluation> members,
                                List<Finding> newFindings) {

    /** Rejects nulls; copies the lists. */
    public EvaluationSummary {
        Guard.required(schemeRevision, "schemeRevision");
        members = List.copyOf(Guard.required(members, "members"));
        newFindings = List.copyOf(Guard.required(newFindings, "newFindings"));
    }
}
