package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.MissingResourceException;
import org.xieshang.domain.duty.RuleDefinition;

/** An editable discipline rule: its type and its parameters on one line. */
public class RuleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String type;
    private String parameters;

    RuleRow(RuleDefinition definition) {
        type = definition.type();
        parameters = RuleParameters.format(definition.parameters());
    }

    RuleDefinition toDefinition() {
        return new RuleDefinition(type, RuleParameters.parse(parameters));
    }

    public String getType() {
        return type;
    }

    /** @return what the rule does, in the page's language; a vendor's rule type shows its name */
    public String getDescription() {
        try {
            return Texts.text("rule." + type);
        } catch (MissingResourceException e) {
            return type;
        }
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }
}
