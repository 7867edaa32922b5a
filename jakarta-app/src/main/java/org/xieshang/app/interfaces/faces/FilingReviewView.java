package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.proposal.CoSignStatus;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Transition;
import org.xieshang.domain.shared.DomainException;

/**
 * The filing review (立案审查) tab of the workbench: the year's submitted proposals, oldest first as they came in, and
 * for the one chosen the office's decisions, each in a form of its own so that a refusal shows beside its own field:
 * file it, refuse it with a coded reason, turn it into a social-condition report, send it back for revision, or merge
 * it into another proposal.
 */
@Named
@ViewScoped
public class FilingReviewView implements Serializable {

    static final String FILE_FORM = "tabs:fileForm";
    static final String REFUSE_FORM = "tabs:refuseForm";
    static final String CONVERT_FORM = "tabs:convertForm";
    static final String RETURN_FORM = "tabs:returnForm";
    static final String MERGE_FORM = "tabs:mergeForm";
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalWorkbench workbench;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private int loaded = -1;
    private List<ProposalRow> rows = List.of();
    private List<SelectItem> targets = List.of();
    private String search;

    private ProposalRow chosen;
    private String grounds;
    private String suggestions;
    private String coSigners;

    private String fileNote;
    private NotFiledReason reason;
    private String refusalNote;
    private String convertNote;
    private String returnReason;
    private String mergedInto;

    /** Reads the queue again when another tab changed proposals since it was read. */
    private void refresh() {
        if (loaded == workbench.revision()) {
            return;
        }
        ProposalQuery year = ProposalQuery.of(workbench.committeeId(), workbench.year());
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        rows = ProposalLists.all(proposals, year.inStatus(EnumSet.of(ProposalStatus.SUBMITTED))).stream()
                .sorted(Comparator.comparing(FilingReviewView::submittedAt))
                .map(p -> new ProposalRow(p, names, today)).toList();
        // A proposal joins one still under review or already filed (the domain's rule); the menu offers just those.
        targets = Stream.concat(ProposalLists.all(proposals, year.inStatus(EnumSet.of(ProposalStatus.FILED))).stream()
                .map(p -> new ProposalRow(p, names, today)), rows.stream()).map(r -> new SelectItem(r.getId(), r.label())).toList();
        if (chosen != null && rows.stream().noneMatch(r -> r.getId().equals(chosen.getId()))) {
            chosen = null;
        }
        loaded = workbench.revision();
    }

    private static Instant submittedAt(Proposal p) {
        return p.history().stream().filter(t -> t.to() == ProposalStatus.SUBMITTED).reduce((a, b) -> b).map(Transition::at)
                .orElse(Instant.EPOCH);
    }

    /** Opens the review of one proposal, with its full text. */
    public void choose(ProposalRow row) {
        try {
            Proposal proposal = proposals.get(ProposalId.parse(row.getId()));
            ProposalNames names = new ProposalNames(views);
            chosen = new ProposalRow(proposal, names, Now.today());
            grounds = proposal.content().grounds();
            suggestions = proposal.content().suggestions();
            coSigners = String.join("、", proposal.coSigners().stream().filter(c -> c.status() == CoSignStatus.ACCEPTED)
                    .map(c -> names.member(c.memberId())).toList());
            fileNote = null;
            reason = null;
            refusalNote = null;
            convertNote = null;
            returnReason = null;
            mergedInto = null;
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public void file() {
        decide(FILE_FORM, () -> proposals.file(chosenId(), chosen.version(), fileNote), "proposals.filed");
    }

    public void refuse() {
        decide(REFUSE_FORM, () -> proposals.refuseFiling(chosenId(), chosen.version(), reason, refusalNote), "proposals.not-filed");
    }

    public void convert() {
        decide(CONVERT_FORM, () -> proposals.convert(chosenId(), chosen.version(), convertNote), "proposals.converted");
    }

    public void returnForRevision() {
        decide(RETURN_FORM, () -> proposals.returnForRevision(chosenId(), chosen.version(), returnReason), "proposals.returned");
    }

    public void merge() {
        decide(MERGE_FORM, () -> proposals.merge(chosenId(), chosen.version(), Optional.ofNullable(mergedInto).filter(m -> !m.isBlank())
                .map(ProposalId::parse).orElse(null)), "proposals.merged");
    }

    /** Closes the review without deciding. */
    public void cancel() {
        chosen = null;
    }

    private void decide(String form, Supplier<Proposal> decision, String confirmation) {
        try {
            Proposal decided = decision.get();
            FormErrors.confirm(confirmation, decided.content().title(), decided.number().map(String::valueOf).orElse(""));
            chosen = null;
            workbench.changed();
        } catch (DomainException e) {
            FormErrors.show(form, e);
        }
    }

    private ProposalId chosenId() {
        return ProposalId.parse(chosen.getId());
    }

    /** @return the queue, narrowed by the search box */
    public List<ProposalRow> getRows() {
        refresh();
        return rows.stream().filter(r -> ProposalLists.matches(r, search)).toList();
    }

    public int getCount() {
        refresh();
        return rows.size();
    }

    /** @return the proposals the chosen one may be merged into: the others under review or filed this year */
    public List<SelectItem> getTargets() {
        refresh();
        return targets.stream().filter(t -> chosen == null || !chosen.getId().equals(t.getValue())).toList();
    }

    public List<SelectItem> getReasons() {
        return Arrays.stream(NotFiledReason.values()).map(r -> new SelectItem(r, Texts.label(r))).toList();
    }

    public ProposalRow getChosen() {
        refresh();
        return chosen;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public String getCoSigners() {
        return coSigners;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getFileNote() {
        return fileNote;
    }

    public void setFileNote(String fileNote) {
        this.fileNote = fileNote;
    }

    public NotFiledReason getReason() {
        return reason;
    }

    public void setReason(NotFiledReason reason) {
        this.reason = reason;
    }

    public String getRefusalNote() {
        return refusalNote;
    }

    public void setRefusalNote(String refusalNote) {
        this.refusalNote = refusalNote;
    }

    public String getConvertNote() {
        return convertNote;
    }

    public void setConvertNote(String convertNote) {
        this.convertNote = convertNote;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(String mergedInto) {
        this.mergedInto = mergedInto;
    }
}
