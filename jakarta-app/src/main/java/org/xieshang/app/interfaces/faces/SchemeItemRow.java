package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.scoring.PerEventRule;
import org.xieshang.domain.duty.scoring.SchemeDraft;

/**
 * An editable line of the scoring scheme: a per-event item shows its kind, points and cap; an item of another rule type
 * shows its parameters as {@code name=value; …}.
 */
public class SchemeItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String label;
    private String type = PerEventRule.TYPE;
    private DutyEventKind kind = DutyEventKind.ATTENDED_OTHER_ACTIVITY;
    private String points = "1";
    private String cap;
    private String parameters = "";

    SchemeItemRow() {
    }

    SchemeItemRow(SchemeDraft.Item item) {
        code = item.code();
        label = item.label();
        type = item.rule().type();
        Map<String, String> p = item.rule().parameters();
        if (isPerEvent()) {
            kind = DutyEventKind.valueOf(p.get("kind"));
            points = p.get("points");
            cap = p.get("cap");
        } else {
            parameters = RuleParameters.format(p);
        }
    }

    SchemeDraft.Item toItem() {
        Map<String, String> p = new LinkedHashMap<>();
        if (isPerEvent()) {
            p.put("kind", kind.name());
            p.put("points", points == null ? "" : points.strip());
            if (cap != null && !cap.isBlank()) {
                p.put("cap", cap.strip());
            }
        } else {
            p.putAll(RuleParameters.parse(parameters));
        }
        return new SchemeDraft.Item(code, label, new RuleDefinition(type, p));
    }

    public boolean isPerEvent() {
        return PerEventRule.TYPE.equals(type);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getType() {
        return type;
    }

    public DutyEventKind getKind() {
        return kind;
    }

    public void setKind(DutyEventKind kind) {
        this.kind = kind;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getCap() {
        return cap;
    }

    public void setCap(String cap) {
        this.cap = cap;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }
}
