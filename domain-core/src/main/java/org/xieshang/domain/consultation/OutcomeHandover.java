package org.xieshang.domain.consultation;

/**
 * Port: where outcome reports go once written, so that each suggestion is tracked to its answer (the feedback-loop
 * module implements it; until then an application may keep them or log them). Implementations are thread-safe.
 */
public interface OutcomeHandover {

    /**
     * @param report the report, not null
     */
    void handOver(OutcomeReport report);
}
