package org.xieshang.domain.proposal;

/**
 * Proposals of one category in a year. Immutable.
 *
 * @param category the category, not null
 * @param submitted proposals submitted (every status but draft and withdrawn)
 * @param filed     of them filed
 * @param answered  of the filed, answered at least once
 */
public record CategoryStatistics(ProposalCategory category, int submitted, int filed, int answered) {
}
