package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.consultation.Participant;

/** Someone taking part in a consultation activity. */
public class ParticipantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String name;
    private final String unit;
    private final String committee;

    ParticipantRow(Participant p, String committee) {
        kind = Texts.label(p.kind());
        name = p.name();
        unit = p.unit();
        this.committee = committee;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getCommittee() {
        return committee;
    }
}
