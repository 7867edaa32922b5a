package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.instruction.Instruction;

/** A leader's instruction (批示) as pages show it, word for word: who gave it, its text, and the day. */
public final class InstructionLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String leader;
    private final String text;
    private final String givenOn;

    InstructionLine(Instruction instruction) {
        leader = instruction.leader();
        text = instruction.text();
        givenOn = Texts.isoDate(instruction.givenOn());
    }

    public String getLeader() {
        return leader;
    }

    public String getText() {
        return text;
    }

    public String getGivenOn() {
        return givenOn;
    }
}
