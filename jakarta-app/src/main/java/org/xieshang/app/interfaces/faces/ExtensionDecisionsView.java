package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The extension requests (延期申请) on the overdue board: each lead unit's request waiting for the office, granted by
 * the working days asked (counted from the current deadline) or refused with a reason typed in its row.
 */
@Named
@ViewScoped
public class ExtensionDecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalWorkbench workbench;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private int loaded = -1;
    private List<ExtensionRow> rows = List.of();

    private void refresh() {
        if (loaded == workbench.revision()) {
            return;
        }
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        List<ExtensionRow> waiting = new ArrayList<>();
        for (Proposal p : ProposalLists.all(proposals, ProposalQuery.of(workbench.committeeId(), workbench.year())
                .inStatus(EnumSet.of(ProposalStatus.ASSIGNED, ProposalStatus.HANDLING)))) {
            p.handling().ifPresent(h -> h.pendingExtension().ifPresent(r -> waiting.add(new ExtensionRow(p, h, r, new ProposalRow(p, names, today),
                    names))));
        }
        rows = waiting;
        loaded = workbench.revision();
    }

    public void grant(ExtensionRow row) {
        decide(row, true, "proposals.extension.granted");
    }

    /** Refuses the request; the domain asks for the reason typed in the row. */
    public void refuse(ExtensionRow row) {
        decide(row, false, "proposals.extension.refused");
    }

    private void decide(ExtensionRow row, boolean grant, String confirmation) {
        try {
            Proposal decided = proposals.decideExtension(ProposalId.parse(row.getId()), row.version(), grant, row.getNote());
            FormErrors.confirm(confirmation, decided.content().title(), Texts.isoDate(decided.deadline().orElse(null)));
            workbench.changed();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public List<ExtensionRow> getRows() {
        refresh();
        return rows;
    }
}
