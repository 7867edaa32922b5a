package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.interfaces.export.ProposalExports;
import org.xieshang.app.interfaces.export.ProposalExports.Register;
import org.xieshang.app.interfaces.export.ProposalWorkbooks;
import org.xieshang.domain.proposal.ProposalStatus;

/**
 * The register (登记簿) tab of the workbench: every proposal of the year but drafts, in one status or all, page by page;
 * the whole year also as a workbook.
 */
@Named
@ViewScoped
public class ProposalRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalWorkbench workbench;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient ProposalViews views;

    @Inject
    ProposalExports exports;

    private ProposalStatus status;
    private ProposalRegister register;

    /** @return the register with the status chosen, read page by page as the table asks */
    public ProposalRegister getRegister() {
        if (register == null) {
            register = new ProposalRegister(proposals, views, workbench.committeeId(), workbench.year(), status);
        }
        return register;
    }

    /** Applies the status chosen: the table starts again from its first page. */
    public void search() {
        register = null;
    }

    /** Sends the year's whole register as a workbook, whatever status the table shows. */
    public void export() {
        Register year = exports.exportRegister(workbench.committeeId(), workbench.year());
        Locale reader = Texts.locale();
        Downloads.send(ProposalWorkbooks.registerFile(year.year(), Locale.ENGLISH), Downloads.XLSX,
                out -> ProposalWorkbooks.register(year, reader, out));
    }

    /** @return the statuses of the register; drafts are their proposers' own and never listed here */
    public List<SelectItem> getStatuses() {
        return Arrays.stream(ProposalStatus.values()).filter(s -> s != ProposalStatus.DRAFT).map(s -> new SelectItem(s, Texts.label(s))).toList();
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public void setStatus(ProposalStatus status) {
        this.status = status;
    }
}
