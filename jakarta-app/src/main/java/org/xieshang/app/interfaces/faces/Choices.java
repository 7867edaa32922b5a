package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.AudienceKind;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingOutcome;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.proposal.ProposalCategory;

/** The fixed lists of the forms, labelled in the page's language by the domain's own texts. */
@Named
@RequestScoped
public class Choices {

    public List<SelectItem> getGenders() {
        return options(Gender.values());
    }

    public List<SelectItem> getEthnicities() {
        return options(Ethnicity.values());
    }

    public List<SelectItem> getParties() {
        return options(PartyAffiliation.values());
    }

    public List<SelectItem> getDecisionKinds() {
        return options(DecisionKind.values());
    }

    /** @return 主席会议, 常务委员会会议, 全体会议: the bodies that usually decide on memberships */
    public List<String> getDecidingBodies() {
        return MembershipDecision.USUAL_DECIDING_BODIES;
    }

    public List<SelectItem> getActivityKinds() {
        return options(ActivityKind.values());
    }

    public List<SelectItem> getAudienceKinds() {
        return options(AudienceKind.values());
    }

    /** @return the duty records staff enter by hand with their evidence (attendance comes from meetings) */
    public List<SelectItem> getManualEventKinds() {
        return options(new Enum<?>[] {DutyEventKind.SPEECH_ORAL, DutyEventKind.SPEECH_WRITTEN, DutyEventKind.RESEARCH_REPORT,
                DutyEventKind.PUBLIC_CONTACT, DutyEventKind.WORKSTATION_DUTY, DutyEventKind.TRAINING, DutyEventKind.COMMENDATION,
                DutyEventKind.PENALTY, DutyEventKind.REPORT_SUBMITTED, DutyEventKind.REPORT_ADOPTED, DutyEventKind.REPORT_FORWARDED_UPWARD,
                DutyEventKind.REPORT_INSTRUCTED, DutyEventKind.PROPOSAL_LEAD, DutyEventKind.PROPOSAL_COSIGNED, DutyEventKind.PROPOSAL_FILED,
                DutyEventKind.PROPOSAL_KEY});
    }

    public List<SelectItem> getEventKinds() {
        return options(DutyEventKind.values());
    }

    public List<SelectItem> getFindingKinds() {
        return options(FindingKind.values());
    }

    public List<SelectItem> getFindingOutcomes() {
        return options(FindingOutcome.values());
    }

    public List<SelectItem> getPresets() {
        return options(DisciplinePreset.values());
    }

    public List<SelectItem> getHandlingUnitKinds() {
        return options(HandlingUnitKind.values());
    }

    /** @return the fields proposals and social-condition reports are grouped in */
    public List<SelectItem> getProposalCategories() {
        return options(ProposalCategory.values());
    }

    private static List<SelectItem> options(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> new SelectItem(c, Texts.label(c))).toList();
    }
}
