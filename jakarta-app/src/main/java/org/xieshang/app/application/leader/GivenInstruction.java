package org.xieshang.app.application.leader;

import org.xieshang.domain.instruction.Instruction;

/**
 * An instruction (批示) a leader gave, with what it was given on. Immutable.
 *
 * @param on          what it was given on, not null
 * @param subjectId   the outcome report's consultation activity or the social-condition report, not null
 * @param title       the report's title, not null
 * @param instruction the instruction as written, not null
 */
public record GivenInstruction(Subject on, String subjectId, String title, Instruction instruction) {

    /** What leaders instruct on. */
    public enum Subject {
        /** A consultation's outcome report (协商成果). */
        OUTCOME,
        /** A social-condition report (社情民意信息). */
        SOCIAL_REPORT
    }
}
