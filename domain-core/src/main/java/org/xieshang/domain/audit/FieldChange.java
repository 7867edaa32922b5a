package org.xieshang.domain.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field's value before and after a change, as the trail keeps it (personal numbers masked). Immutable and
 * thread-safe.
 *
 * @param field  the field name, not null
 * @param before the value before, null if it had none
 * @param after  the value after, null if it has none
 */
public record FieldChange(String field, String before, String after) {

    /** Rejects a null field name and makes the values safe. */
    public FieldChange {
        field = AuditText.safe(Objects.requireNonNull(field, "field"));
        before = AuditText.safe(before);
        after = AuditText.safe(after);
    }

    /**
     * @param before field values before a change (null for a new record), in display order
     * @param after  field values after it (null for a removed record), in display order
     * @return the fields whose values differ, in the order of {@code after} then {@code before}; never null
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Map<String, String> old = before == null ? Map.of() : before;
        Map<String, String> now = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changes.add(new FieldChange(field, old.get(field), now.get(field)));
            }
        }
        return List.copyOf(changes);
    }
}
