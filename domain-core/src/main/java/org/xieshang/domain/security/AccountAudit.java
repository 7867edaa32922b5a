package org.xieshang.domain.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields of an account the audit trail compares before and after a change; never hashes or secrets. */
final class AccountAudit {

    private AccountAudit() {
    }

    static Map<String, String> fields(UserAccount account, Instant now) {
        if (account == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", account.username());
        fields.put("displayName", account.displayName());
        fields.put("committeeId", account.committeeId().toString());
        fields.put("roles", account.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        fields.put("memberId", account.memberId().map(Object::toString).orElse(null));
        fields.put("unitId", account.unitId().map(Object::toString).orElse(null));
        fields.put("enabled", Boolean.toString(account.enabled()));
        fields.put("locked", Boolean.toString(account.isLocked(now)));
        fields.put("secondFactor", Boolean.toString(account.secondFactor().isPresent()));
        fields.put("passwordChangedAt", account.passwordChangedAt().toString());
        return fields;
    }
}
