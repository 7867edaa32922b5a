package org.xieshang.domain.proposal;

/**
 * How far a committee's year of proposals has come: 'every item an answer' (件件有回音, 001) as numbers. Immutable.
 *
 * @param submitted proposals submitted (every status but draft and withdrawn)
 * @param filed     filed
 * @param notFiled  not filed
 * @param converted turned into social-condition reports
 * @param merged    merged into others
 * @param key       key proposals
 * @param answered  filed proposals answered at least once
 * @param rated     filed proposals answered and rated
 * @param closed    closed
 * @param overdue   overdue today
 */
public record CommitteeCoverage(int submitted, int filed, int notFiled, int converted, int merged, int key, int answered, int rated, int closed,
                                int overdue) {

    /** @return the share of filed proposals that have an answer and a rating, 0–1; 0 with none filed */
    public double coverage() {
        return filed == 0 ? 0 : rated / (double) filed;
    }

    /** @return the share of filed proposals answered, 0–1; 0 with none filed */
    public double answerRate() {
        return filed == 0 ? 0 : answered / (double) filed;
    }
}
