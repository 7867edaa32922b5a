package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.proposal.CategoryStatistics;

/** Proposals of one category in a year: submitted, filed, answered. */
public class ProposalCategoryLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String category;
    private final int submitted;
    private final int filed;
    private final int answered;

    ProposalCategoryLine(CategoryStatistics s) {
        category = Texts.label(s.category());
        submitted = s.submitted();
        filed = s.filed();
        answered = s.answered();
    }

    public String getCategory() {
        return category;
    }

    public int getSubmitted() {
        return submitted;
    }

    public int getFiled() {
        return filed;
    }

    public int getAnswered() {
        return answered;
    }
}
