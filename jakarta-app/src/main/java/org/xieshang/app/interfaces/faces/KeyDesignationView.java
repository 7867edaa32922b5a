package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.shared.DomainException;

/**
 * Key proposals (重点提案) on the assignment tab: the key proposals of the year still to be answered, with the leaders who lead (领办) and supervise
 * (督办) them, and the choice of another, filed or being handled, with its leaders named with their posts.
 */
@Named
@ViewScoped
public class KeyDesignationView implements Serializable {

    static final String FORM = "tabs:keyForm";
    private static final long serialVersionUID = 1L;

    /** Leaders are typed in one line, separated as Chinese lists are written. */
    private static final String SEPARATORS = "[、,，;；\\n]";

    @Inject
    ProposalWorkbench workbench;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private int loaded = -1;
    private List<ProposalRow> rows = List.of();
    private String proposal;
    private String leadingLeaders;
    private String supervisingLeaders;

    private void refresh() {
        if (loaded == workbench.revision()) {
            return;
        }
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        rows = ProposalLists.all(proposals, ProposalQuery.of(workbench.committeeId(), workbench.year())
                .inStatus(EnumSet.of(ProposalStatus.FILED, ProposalStatus.ASSIGNED, ProposalStatus.HANDLING)))
                .stream().map(p -> new ProposalRow(p, names, today)).toList();
        loaded = workbench.revision();
    }

    /** Makes the chosen proposal a key proposal, or names its leaders anew. */
    public void designate() {
        ProposalRow row = rows.stream().filter(r -> r.getId().equals(proposal)).findFirst().orElse(null);
        if (row == null) {
            FormErrors.refuse("proposals.key.choose");
            return;
        }
        try {
            Proposal key = proposals.designateKey(ProposalId.parse(row.getId()), row.version(), names(leadingLeaders), names(supervisingLeaders));
            FormErrors.confirm("proposals.key.designated", key.content().title());
            proposal = null;
            leadingLeaders = null;
            supervisingLeaders = null;
            workbench.changed();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    private static List<String> names(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split(SEPARATORS)).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    public List<SelectItem> getOptions() {
        refresh();
        return rows.stream().map(r -> new SelectItem(r.getId(), r.label())).toList();
    }

    /** @return the year's key proposals with their leaders */
    public List<ProposalRow> getKeyRows() {
        refresh();
        return rows.stream().filter(ProposalRow::isKey).toList();
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public String getLeadingLeaders() {
        return leadingLeaders;
    }

    public void setLeadingLeaders(String leadingLeaders) {
        this.leadingLeaders = leadingLeaders;
    }

    public String getSupervisingLeaders() {
        return supervisingLeaders;
    }

    public void setSupervisingLeaders(String supervisingLeaders) {
        this.supervisingLeaders = supervisingLeaders;
    }
}
