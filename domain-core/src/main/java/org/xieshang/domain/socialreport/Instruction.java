package org.xieshang.domain.socialreport;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * A leader's instruction (领导批示) on a piece of the committee's work: who wrote it, what it says, and when. A plain
 * value that knows nothing of what it is written on, so that a social-condition report and a consultation outcome can
 * both carry it. Immutable and thread-safe.
 *
 * @param leader  the leader with their post, such as 市委书记 王某某; not blank, at most {@value #LEADER_MAX} characters
 * @param text    the instruction as written, not blank, at most {@value #TEXT_MAX} characters
 * @param givenOn the day it was written, not null
 */
public record Instruction(String leader, String text, LocalDate givenOn) {

    /** Longest leader with post. */
    public static final int LEADER_MAX = 100;
    /** Longest instruction. */
    public static final int TEXT_MAX = 5000;

    /** Validates every part. */
    public Instruction {
        leader = Guard.text(leader, "leader", LEADER_MAX);
        text = Guard.text(text, "text", TEXT_MAX);
        Guard.required(givenOn, "givenOn");
    }
}
