package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.app.application.HandlingUnitService;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.shared.DomainException;

/**
 * The assignment (交办) tab of the workbench: the year's filed proposals, and the lead unit, co-handling units, handling
 * mode and deadline to assign the one chosen, or several common ones as a bundle (打包办理). An empty deadline takes the
 * default period of the proposal's origin; a day off is refused beside the deadline.
 */
@Named
@ViewScoped
public class AssignmentView implements Serializable {

    static final String FORM = "tabs:assignForm";
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalWorkbench workbench;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    @Inject
    HandlingUnitService units;

    private int loaded = -1;
    private List<ProposalRow> rows = List.of();
    private List<SelectItem> unitOptions = List.of();
    private String search;
    private List<ProposalRow> selected = new ArrayList<>();

    private String lead;
    private List<String> coUnits = new ArrayList<>();
    private HandlingMode mode = HandlingMode.SEPARATE;
    private LocalDate deadline;

    private void refresh() {
        if (loaded == workbench.revision()) {
            return;
        }
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        rows = ProposalLists.all(proposals, ProposalQuery.of(workbench.committeeId(), workbench.year()).inStatus(EnumSet.of(ProposalStatus.FILED)))
                .stream().map(p -> new ProposalRow(p, names, today)).toList();
        // Only units taking assignments: a unit merged away is kept for history but no longer offered.
        unitOptions = units.listOf(workbench.committeeId(), Optional.of(true)).stream().map(u -> new SelectItem(u.id().toString(), u.name())).toList();
        selected = new ArrayList<>(selected.stream().filter(s -> rows.stream().anyMatch(r -> r.getId().equals(s.getId()))).toList());
        loaded = workbench.revision();
    }

    /** Assigns the one proposal chosen, in the mode chosen. */
    public void assign() {
        if (selected.size() != 1) {
            FormErrors.refuse(selected.isEmpty() ? "proposals.assign.choose" : "proposals.assign.one");
            return;
        }
        ProposalRow row = selected.get(0);
        try {
            Proposal assigned = proposals.assign(ProposalId.parse(row.getId()), row.version(), mode, leadUnit(), coUnitIds(), Optional.ofNullable(deadline));
            FormErrors.confirm("proposals.assigned", assigned.content().title(), views.unitName(leadUnit()),
                    Texts.isoDate(assigned.deadline().orElse(null)));
            done();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Assigns the proposals chosen as one bundle: the same units and the same deadline for each. */
    public void assignBundle() {
        Map<ProposalId, Long> versions = new LinkedHashMap<>();
        selected.forEach(row -> versions.put(ProposalId.parse(row.getId()), row.version()));
        try {
            List<Proposal> assigned = proposals.assignBundle(workbench.committeeId(), versions, leadUnit(), coUnitIds(), Optional.ofNullable(deadline));
            FormErrors.confirm("proposals.bundled", assigned.size(), views.unitName(leadUnit()),
                    Texts.isoDate(assigned.isEmpty() ? null : assigned.get(0).deadline().orElse(null)));
            done();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    private void done() {
        selected = new ArrayList<>();
        lead = null;
        coUnits = new ArrayList<>();
        mode = HandlingMode.SEPARATE;
        deadline = null;
        workbench.changed();
    }

    /** @return the lead unit chosen, or null for the domain to ask for one beside the field */
    private HandlingUnitId leadUnit() {
        return lead == null || lead.isBlank() ? null : HandlingUnitId.parse(lead);
    }

    private List<HandlingUnitId> coUnitIds() {
        return coUnits.stream().map(HandlingUnitId::parse).toList();
    }

    public List<ProposalRow> getRows() {
        refresh();
        return rows.stream().filter(r -> ProposalLists.matches(r, search)).toList();
    }

    public int getCount() {
        refresh();
        return rows.size();
    }

    public List<SelectItem> getUnitOptions() {
        refresh();
        return unitOptions;
    }

    /** @return separate, joint and special handling; a bundle has its own button */
    public List<SelectItem> getModes() {
        return EnumSet.complementOf(EnumSet.of(HandlingMode.BUNDLED)).stream().map(m -> new SelectItem(m, Texts.label(m))).toList();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<ProposalRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ProposalRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public List<String> getCoUnits() {
        return coUnits;
    }

    public void setCoUnits(List<String> coUnits) {
        this.coUnits = coUnits == null ? new ArrayList<>() : new ArrayList<>(coUnits);
    }

    public HandlingMode getMode() {
        return mode;
    }

    public void setMode(HandlingMode mode) {
        this.mode = mode;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
