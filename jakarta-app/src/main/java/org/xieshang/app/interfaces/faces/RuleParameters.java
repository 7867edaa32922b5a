package org.xieshang.app.interfaces.faces;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.xieshang.domain.shared.DomainException;

/** Rule parameters as staff type them on one line: {@code count=2; activityKind=PLENARY_SESSION}. */
final class RuleParameters {

    private RuleParameters() {
    }

    static String format(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /**
     * @param text the parameters as typed, may be null
     * @return the parameters in the order typed, never null
     * @throws DomainException {@code rule.parameter.missing} for a part without {@code =}
     */
    static Map<String, String> parse(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return parameters;
        }
        for (String part : text.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new DomainException("rule.parameter.missing", "parameters", "", part.strip());
            }
            parameters.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        return parameters;
    }
}
