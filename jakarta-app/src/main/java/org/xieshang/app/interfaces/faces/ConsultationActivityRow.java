package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.Participant;

/** A consultation activity on the plan board: where it stands and, for joint work, who takes part from each county. */
public class ConsultationActivityRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String form;
    private final String nextStep;
    private final String nextStepCode;
    private final boolean led;
    private final String leadCommittee;
    private final String joint;
    private final String countyParts;
    private final int participants;

    ConsultationActivityRow(ConsultationActivity a, CommitteeId viewer, List<Participant> seen, Map<CommitteeId, String> committeeNames) {
        id = a.id().toString();
        title = a.title();
        form = Texts.label(a.form());
        nextStepCode = a.process().nextStep().map(Enum::name).orElse("DONE");
        nextStep = a.process().nextStep().map(Texts::label).orElse(Texts.text("consultation.steps.all-done"));
        led = a.committeeId().equals(viewer);
        leadCommittee = committeeNames.getOrDefault(a.committeeId(), "");
        joint = a.joint().map(j -> Texts.label(j.kind())).orElse("");
        // The leading committee sees each county's part; a county sees only its own participants.
        countyParts = a.joint().map(j -> j.counties().stream().map(county -> Texts.text("consultation.joint.part", committeeNames.getOrDefault(county, ""),
                seen.stream().filter(p -> p.committeeId().equals(county)).count())).collect(Collectors.joining(" · "))).orElse("");
        participants = seen.size();
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getForm() {
        return form;
    }

    public String getNextStep() {
        return nextStep;
    }

    public String getNextStepCode() {
        return nextStepCode;
    }

    public boolean isLed() {
        return led;
    }

    public String getLeadCommittee() {
        return leadCommittee;
    }

    public String getJoint() {
        return joint;
    }

    public String getCountyParts() {
        return countyParts;
    }

    public int getParticipants() {
        return participants;
    }
}
