package org.xieshang.domain.instruction;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * A leader's instruction (批示) on a consultation outcome or a social-condition report: who gave it, what it says and
 * when. Instructions are what turn a committee's advice into a department's task, so they are kept word for word.
 * Immutable.
 *
 * @param leader  the leader with their post, such as "市委书记 王某"; not blank, at most 50 characters
 * @param text    the instruction as written, not blank, at most 2000 characters
 * @param givenOn the day it was given, not null
 */
public record Instruction(String leader, String text, LocalDate givenOn) {

    /** Validates every part. */
    public Instruction {
        leader = Guard.text(leader, "leader", 50);
        text = Guard.text(text, "text", 2000);
        Guard.required(givenOn, "givenOn");
    }
}
