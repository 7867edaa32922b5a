package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.PartyAffiliation;

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

    private static List<SelectItem> options(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> new SelectItem(c, Texts.label(c))).toList();
    }
}
