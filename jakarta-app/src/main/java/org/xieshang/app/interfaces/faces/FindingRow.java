package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.duty.discipline.Finding;

/** A line of the findings work list. */
public class FindingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final String memberId;
    private final String memberName;
    private final int year;
    private final String kind;
    private final String explanation;
    private final String raisedAt;
    private final boolean open;
    private final boolean membershipRecommended;
    private final String decision;

    FindingRow(Finding finding, String memberName) {
        id = finding.id().toString();
        version = finding.version();
        memberId = finding.memberId().toString();
        this.memberName = memberName;
        year = finding.year();
        kind = Texts.label(finding.kind());
        explanation = finding.explanation(Texts.locale());
        raisedAt = Texts.time(finding.raisedAt());
        open = finding.isOpen();
        membershipRecommended = finding.kind().recommendedDecision().isPresent();
        decision = finding.decision().map(d -> Texts.label(d.outcome()) + "：" + d.reason() + "（" + d.decidedBy() + "，" + Texts.time(d.decidedAt()) + "）")
                .orElse("");
    }

    long version() {
        return version;
    }

    public String getId() {
        return id;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public int getYear() {
        return year;
    }

    public String getKind() {
        return kind;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getRaisedAt() {
        return raisedAt;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isMembershipRecommended() {
        return membershipRecommended;
    }

    public String getDecision() {
        return decision;
    }
}
