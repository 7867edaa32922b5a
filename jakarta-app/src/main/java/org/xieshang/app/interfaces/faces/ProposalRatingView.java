package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.shared.DomainException;

/**
 * The proposer's rating of the answer (征询意见表) on the proposal's page: satisfied, basically satisfied or not, whether
 * the unit made contact, and a comment, which the domain asks for beside the field when the proposer is not satisfied.
 */
@Named
@ViewScoped
public class ProposalRatingView implements Serializable {

    static final String FORM = "rateForm";
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalDetailView page;

    @Inject
    ProposalService proposals;

    private Satisfaction satisfaction = Satisfaction.SATISFIED;
    private boolean contacted = true;
    private String comment;

    public void rate() {
        try {
            Proposal rated = proposals.rate(page.proposalId(), page.version(), satisfaction, contacted, comment);
            page.show(rated);
            FormErrors.confirm("proposal.rated", rated.content().title(), Texts.label(satisfaction));
            comment = null;
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public List<SelectItem> getSatisfactions() {
        return Arrays.stream(Satisfaction.values()).map(s -> new SelectItem(s, Texts.label(s))).toList();
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public boolean isContacted() {
        return contacted;
    }

    public void setContacted(boolean contacted) {
        this.contacted = contacted;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
