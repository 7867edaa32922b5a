package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.duty.AssessmentService;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingOutcome;
import org.xieshang.domain.duty.discipline.FindingQuery;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.PageRequest;

/**
 * The findings work list (履职预警): what the rules found, open first, and staff's decision on each. An outcome that changes
 * the membership names the membership decision already recorded in the member's file: the software recommends, people decide.
 */
@Named
@ViewScoped
public class FindingsView implements Serializable {

    private static final String FORM = "decisionForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    AssessmentService assessment;

    @Inject
    MemberService members;

    private Integer year;
    private Boolean open = Boolean.TRUE;
    private FindingKind kind;
    private List<FindingRow> rows;
    private FindingRow selected;
    private FindingOutcome outcome;
    private String reason;
    private String membershipDecisionId;
    private List<SelectItem> membershipDecisions = List.of();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        FindingQuery query = new FindingQuery(selection.current(), Optional.ofNullable(year), Optional.ofNullable(open), Optional.ofNullable(kind),
                Optional.empty());
        List<Finding> found = assessment.findings(query, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        Map<MemberId, String> names = new HashMap<>();
        rows = found.stream().map(f -> new FindingRow(f, names.computeIfAbsent(f.memberId(), id -> members.get(id).profile().name()))).toList();
    }

    /** Opens the decision form for a finding, offering the member's recorded membership decisions. */
    public void choose(FindingRow row) {
        selected = row;
        outcome = null;
        reason = null;
        membershipDecisionId = null;
        Member member = members.get(MemberId.parse(row.getMemberId()));
        membershipDecisions = member.decisions().stream()
                .map(d -> new SelectItem(d.id().toString(), Texts.label(d.kind()) + " · " + d.decidedBy() + " · " + Texts.date(d.decidedOn())))
                .toList();
    }

    public void decide() {
        try {
            assessment.decide(FindingId.parse(selected.getId()), selected.version(), outcome, reason,
                    Optional.ofNullable(membershipDecisionId).filter(s -> !s.isBlank()).map(DecisionId::parse));
            FormErrors.confirm("findings.recorded", selected.getMemberName());
            selected = null;
            search();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Boolean getOpen() {
        return open;
    }

    public void setOpen(Boolean open) {
        this.open = open;
    }

    public FindingKind getKind() {
        return kind;
    }

    public void setKind(FindingKind kind) {
        this.kind = kind;
    }

    public List<FindingRow> getRows() {
        return rows;
    }

    public FindingRow getSelected() {
        return selected;
    }

    public FindingOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FindingOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMembershipDecisionId() {
        return membershipDecisionId;
    }

    public void setMembershipDecisionId(String membershipDecisionId) {
        this.membershipDecisionId = membershipDecisionId;
    }

    public List<SelectItem> getMembershipDecisions() {
        return membershipDecisions;
    }
}
