package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import org.xieshang.domain.instruction.Instruction;

/**
 * The fields of a leader's instruction (批示) as its form holds them, shared by every form that records one: the leader
 * with their post, the text word for word, and the day. The {@link Instruction}'s own checks name the field at fault.
 */
public class InstructionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String leader;
    private String text;
    private LocalDate givenOn;

    /**
     * @param leader the signed-in leader's name, offered to be completed with the post
     * @param today  the day offered
     */
    InstructionForm(String leader, LocalDate today) {
        this.leader = leader;
        this.givenOn = today;
    }

    /** @return the instruction typed, never null */
    Instruction toInstruction() {
        return new Instruction(leader, text, givenOn);
    }

    /** Empties the text for the next instruction; the leader stays, as one leader usually writes several. */
    void clear(LocalDate today) {
        text = null;
        givenOn = today;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }
}
