package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.duty.evaluation.ScorePreview;

/** A member's score now and under the edited scheme. */
public class PreviewRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String current;
    private final String proposed;
    private final boolean changesOutcome;

    PreviewRow(String name, ScorePreview preview) {
        this.name = name;
        current = preview.current().map(c -> c.total() + " " + c.grade()).orElse("");
        proposed = preview.proposed().total() + " " + preview.proposed().grade();
        changesOutcome = preview.changesOutcome();
    }

    public String getName() {
        return name;
    }

    public String getCurrent() {
        return current;
    }

    public String getProposed() {
        return proposed;
    }

    public boolean isChangesOutcome() {
        return changesOutcome;
    }
}
