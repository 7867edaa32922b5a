package org.xieshang.app.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.xieshang.app.application.security.AuditService;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.ChainVerification;

/** The audit administrator's screen (安全审计): search and filter the trail, verify its chain, export it as CSV. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditService audit;

    private final AuditFilter filter = new AuditFilter();
    private AuditLedger ledger;

    public AuditFilter getFilter() {
        return filter;
    }

    /** @return the trail with the current filter, loaded page by page */
    public AuditLedger getLedger() {
        if (ledger == null) {
            ledger = new AuditLedger(audit, filter);
        }
        return ledger;
    }

    /** @return the kinds of event to filter by */
    public List<SelectItem> getActions() {
        return Arrays.stream(AuditAction.values()).map(a -> new SelectItem(a, Texts.label(a))).toList();
    }

    /** Applies the filter: the table reloads from the first page. */
    public void search() {
        ledger = new AuditLedger(audit, filter);
    }

    /** Checks the whole chain and says whether it is intact; the check itself is audited. */
    public void verify() {
        ChainVerification result = audit.verify();
        FacesContext.getCurrentInstance().addMessage(null, result.intact()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.text("audit.intact", result.recordsChecked()), null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("audit.broken", Texts.label(result.problem()), result.brokenAtSequence()), null));
        ledger = new AuditLedger(audit, filter);
    }

    /** Sends the filtered trail as a CSV file (the export is audited). */
    public void export() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        try {
            Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
            audit.exportCsv(filter.toQuery(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
