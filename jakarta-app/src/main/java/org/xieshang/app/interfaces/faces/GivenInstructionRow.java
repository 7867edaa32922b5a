package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.app.application.leader.GivenInstruction;

/** An instruction (批示) the leader gave, with a link to the report it was given on. */
public class GivenInstructionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String page;
    private final String subjectId;
    private final String title;
    private final InstructionLine instruction;

    GivenInstructionRow(GivenInstruction given) {
        subject = given.on().name();
        page = switch (given.on()) {
            case OUTCOME -> "outcomes.xhtml";
            case SOCIAL_REPORT -> "social-report.xhtml";
        };
        subjectId = given.subjectId();
        title = given.title();
        instruction = new InstructionLine(given.instruction());
    }

    /** @return OUTCOME or SOCIAL_REPORT, which the page names */
    public String getSubject() {
        return subject;
    }

    /** @return the page that shows the report, given its id */
    public String getPage() {
        return page;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getTitle() {
        return title;
    }

    /** @return the instruction itself: the leader as it names them, with their post; its text and day */
    public InstructionLine getInstruction() {
        return instruction;
    }
}
