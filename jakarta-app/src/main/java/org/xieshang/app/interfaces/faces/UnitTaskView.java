package org.xieshang.app.interfaces.faces;

import static org.xieshang.domain.proposal.ProposalAction.ACKNOWLEDGE;
import static org.xieshang.domain.proposal.ProposalAction.ANSWER;
import static org.xieshang.domain.proposal.ProposalAction.COUNTERSIGN;
import static org.xieshang.domain.proposal.ProposalAction.LOG_COMMUNICATION;
import static org.xieshang.domain.proposal.ProposalAction.REQUEST_EXTENSION;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.Communication;
import org.xieshang.domain.proposal.CommunicationMethod;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalAction;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalLifecycle;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.UnitRole;
import org.xieshang.domain.proposal.UnitTask;
import org.xieshang.domain.shared.DomainException;

/**
 * The handling of one proposal in a unit's portal: acknowledge it (签收), log contacts with the proposer (办理前协商、办理中沟通、
 * 办理后征求意见), ask for more time (the lead unit), countersign (会签, co-handling units) and answer (答复, the lead unit,
 * once every co-handling unit has countersigned). Each form shows the domain's refusal beside its field.
 */
@Named
@ViewScoped
public class UnitTaskView implements Serializable {

    static final String COMMUNICATION_FORM = "communicationForm";
    static final String EXTENSION_FORM = "extensionForm";
    static final String COUNTERSIGN_FORM = "countersignForm";
    static final String ANSWER_FORM = "answerForm";
    private static final long serialVersionUID = 1L;

    @Inject
    UnitProposalsView portal;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private String id;
    private long version;
    private ProposalDetail detail;
    private boolean lead;
    private boolean answered;
    private boolean acknowledgeable;
    private boolean communicable;
    private boolean extensible;
    private boolean countersignable;
    private boolean answerable;
    private String missingCountersigns;

    private CommunicationPhase phase;
    private CommunicationMethod method = CommunicationMethod.MEETING;
    private LocalDate on;
    private String summary;
    private Integer workingDays;
    private String reason;
    private String opinion;
    private AnswerResult result;
    private String text;

    /** Opens one of the unit's assignments below the list. */
    public void open(UnitAssignmentRow row) {
        try {
            show(proposals.get(ProposalId.parse(row.getProposal().getId())));
            phase = null;
            on = Now.today();
            summary = null;
            workingDays = null;
            reason = null;
            opinion = null;
            result = null;
            text = null;
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    private void show(Proposal p) {
        HandlingUnitId unit = proposals.ownUnit();
        ProposalNames names = new ProposalNames(views);
        Handling handling = p.handling().orElseThrow();
        UnitTask task = handling.task(unit).orElseThrow(() -> new DomainException("proposal.unit.not-assigned", "unitId"));
        id = p.id().toString();
        version = p.version();
        detail = new ProposalDetail(p, names, Now.today());
        lead = task.role() == UnitRole.LEAD;
        answered = p.status() == ProposalStatus.ANSWERED || p.status() == ProposalStatus.RATED;
        acknowledgeable = task.acknowledgedOn().isEmpty() && allows(p, ACKNOWLEDGE);
        communicable = allows(p, LOG_COMMUNICATION);
        extensible = lead && handling.pendingExtension().isEmpty() && allows(p, REQUEST_EXTENSION);
        countersignable = !lead && !task.hasCountersigned(handling.round()) && allows(p, COUNTERSIGN);
        answerable = lead && allows(p, ANSWER);
        missingCountersigns = handling.missingCountersigns().stream().map(names::unit).collect(Collectors.joining("、"));
    }

    private static boolean allows(Proposal p, ProposalAction action) {
        return ProposalLifecycle.next(p.status(), action).isPresent();
    }

    public void acknowledge() {
        run(null, () -> proposals.acknowledge(proposalId(), version), "unit-proposals.acknowledged");
    }

    /** Logs a contact; the Communication's own checks name the field at fault. */
    public void logCommunication() {
        run(COMMUNICATION_FORM, () -> proposals.logCommunication(proposalId(), version,
                new Communication(proposals.ownUnit(), phase, method, on, summary)), "unit-proposals.communication.logged");
    }

    public void requestExtension() {
        run(EXTENSION_FORM, () -> proposals.requestExtension(proposalId(), version, workingDays == null ? 0 : workingDays, reason),
                "unit-proposals.extension.requested");
    }

    public void countersign() {
        run(COUNTERSIGN_FORM, () -> proposals.countersign(proposalId(), version, opinion), "unit-proposals.countersigned");
    }

    /** Answers the proposer; refused, saying how many co-handling units still have to countersign, until all have. */
    public void answer() {
        run(ANSWER_FORM, () -> proposals.answer(proposalId(), version, result, text), "unit-proposals.answered");
    }

    private void run(String form, Supplier<Proposal> change, String confirmation) {
        try {
            Proposal changed = change.get();
            show(changed);
            portal.reload();
            FormErrors.confirm(confirmation, changed.content().title());
            summary = null;
            reason = null;
            workingDays = null;
            opinion = null;
            text = null;
        } catch (DomainException e) {
            if (form == null) {
                FormErrors.showOnTop(e);
            } else {
                FormErrors.show(form, e);
            }
        }
    }

    private ProposalId proposalId() {
        return ProposalId.parse(id);
    }

    /** @return the phases a contact may be logged in now: after handling only once answered, before or during until then */
    public List<SelectItem> getPhases() {
        return Arrays.stream(CommunicationPhase.values()).filter(p -> (p == CommunicationPhase.AFTER) == answered)
                .map(p -> new SelectItem(p, Texts.label(p))).toList();
    }

    public List<SelectItem> getMethods() {
        return Arrays.stream(CommunicationMethod.values()).map(m -> new SelectItem(m, Texts.label(m))).toList();
    }

    public List<SelectItem> getResults() {
        return Arrays.stream(AnswerResult.values()).map(r -> new SelectItem(r, Texts.label(r))).toList();
    }

    /** @return whether a proposal is open below the list */
    public boolean isShown() {
        return detail != null;
    }

    public String getId() {
        return id;
    }

    public ProposalDetail getDetail() {
        return detail;
    }

    public boolean isLead() {
        return lead;
    }

    public boolean isAcknowledgeable() {
        return acknowledgeable;
    }

    public boolean isCommunicable() {
        return communicable;
    }

    public boolean isExtensible() {
        return extensible;
    }

    public boolean isCountersignable() {
        return countersignable;
    }

    public boolean isAnswerable() {
        return answerable;
    }

    /** @return the co-handling units that have not countersigned this round, named */
    public String getMissingCountersigns() {
        return missingCountersigns;
    }

    public CommunicationPhase getPhase() {
        return phase;
    }

    public void setPhase(CommunicationPhase phase) {
        this.phase = phase;
    }

    public CommunicationMethod getMethod() {
        return method;
    }

    public void setMethod(CommunicationMethod method) {
        this.method = method;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public AnswerResult getResult() {
        return result;
    }

    public void setResult(AnswerResult result) {
        this.result = result;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
