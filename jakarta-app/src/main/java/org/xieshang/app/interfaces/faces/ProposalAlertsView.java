package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.proposal.Alert;
import org.xieshang.domain.proposal.AlertKind;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;

/**
 * The overdue board (超期与预警) of the workbench: what needs attention in the year, overdue first, then by day: answers
 * overdue or coming due, assignments not acknowledged, extensions waiting, answers not rated.
 */
@Named
@ViewScoped
public class ProposalAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalWorkbench workbench;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private int loaded = -1;
    private List<AlertRow> rows = List.of();
    private AlertKind kind;

    private void refresh() {
        if (loaded == workbench.revision()) {
            return;
        }
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        // Alerts name proposals by id; those that raise any are the ones being handled or waiting for a rating.
        Map<String, ProposalRow> concerned = ProposalLists.all(proposals, ProposalQuery.of(workbench.committeeId(), workbench.year())
                        .inStatus(EnumSet.of(ProposalStatus.ASSIGNED, ProposalStatus.HANDLING, ProposalStatus.ANSWERED))).stream()
                .map(p -> new ProposalRow(p, names, today)).collect(Collectors.toMap(ProposalRow::getId, Function.identity()));
        rows = proposals.alerts(workbench.committeeId(), workbench.year()).stream()
                .sorted(Comparator.comparing((Alert a) -> a.kind() != AlertKind.OVERDUE).thenComparing(Alert::dueOn))
                .map(a -> new AlertRow(a, concerned.get(a.proposalId().toString()), names)).toList();
        loaded = workbench.revision();
    }

    /** @return the alerts of the kind chosen, all without one */
    public List<AlertRow> getRows() {
        refresh();
        return rows.stream().filter(r -> kind == null || r.getKindCode().equals(kind.name())).toList();
    }

    /** @return how many alerts there are of each kind, for the board's summary */
    public String getSummary() {
        refresh();
        return Arrays.stream(AlertKind.values()).map(k -> Texts.label(k) + " " + rows.stream().filter(r -> r.getKindCode().equals(k.name())).count())
                .collect(Collectors.joining(" · "));
    }

    public List<SelectItem> getKinds() {
        return Arrays.stream(AlertKind.values()).map(k -> new SelectItem(k, Texts.label(k))).toList();
    }

    public AlertKind getKind() {
        return kind;
    }

    public void setKind(AlertKind kind) {
        this.kind = kind;
    }
}
