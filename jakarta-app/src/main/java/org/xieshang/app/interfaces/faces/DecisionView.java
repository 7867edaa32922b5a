package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.SectorService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.shared.DomainException;

/**
 * Records a membership decision (任命, 辞去, 增补为常委, …) for a member: who decided, when, on what grounds. Whether
 * the decision is allowed is the domain's call; a refusal shows beside the field it concerns.
 */
@Named
@ViewScoped
public class DecisionView implements Serializable {

    private static final String FORM = "decisionForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committees;

    @Inject
    SectorService sectors;

    @Inject
    MemberService members;

    private String id;
    private long version;
    private String memberName;
    private String currentStanding;
    private DecisionForm form;
    private List<SelectItem> termOptions;
    private List<SelectItem> sectorOptions;

    /** Prepares the form for the member named by the {@code id} parameter: the latest term, decided today. */
    public void load() {
        if (form != null) {
            return;
        }
        Member member = Pages.memberOrNotFound(members, id);
        if (member == null) {
            return;
        }
        Committee committee = committees.get(member.committeeId());
        version = member.version();
        memberName = member.profile().name();
        currentStanding = member.latestMembership()
                .map(m -> Texts.term(m.termNumber()) + " " + Texts.label(m.status()) + (m.isStanding() ? " · " + Texts.text("member.standing") : ""))
                .orElse(Texts.text("member.not-appointed"));
        form = new DecisionForm();
        form.setTermNumber(member.latestMembership().map(TermMembership::termNumber)
                .or(() -> committee.latestTerm().map(Term::number)).orElse(null));
        form.setDecidedOn(committees.today());
        termOptions = Options.terms(committee);
        sectorOptions = Options.sectors(sectors.listOf(committee.id()));
    }

    /** @return the member's page after recording; null to stay on the form with the errors */
    public String record() {
        try {
            Member saved = members.recordDecision(MemberId.parse(id), version, form.toDraft());
            FormErrors.confirmAfterRedirect("decision.recorded", Texts.label(form.getKind()), saved.profile().name());
            return Pages.memberPage(saved.id());
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getCurrentStanding() {
        return currentStanding;
    }

    public DecisionForm getForm() {
        return form;
    }

    public List<SelectItem> getTermOptions() {
        return termOptions;
    }

    public List<SelectItem> getSectorOptions() {
        return sectorOptions;
    }
}
