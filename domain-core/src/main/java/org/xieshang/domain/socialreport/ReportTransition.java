package org.xieshang.domain.socialreport;

import java.time.Instant;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * One entry of a social-condition report's history: who did what, when, and why. Immutable and thread-safe.
 *
 * @param action the action, not null
 * @param from   the status before, not null
 * @param to     the status after, not null
 * @param actor  who (an account's username, or a system name), not blank
 * @param at     when, not null
 * @param note   why, or what was done, at most 1000 characters (longer notes are cut)
 */
public record ReportTransition(SocialReportAction action, SocialReportStatus from, SocialReportStatus to, String actor, Instant at,
                               Optional<String> note) {

    /** Validates every part. */
    public ReportTransition {
        Guard.required(action, "action");
        Guard.required(from, "from");
        Guard.required(to, "to");
        actor = Guard.text(actor, "actor", 100);
        Guard.required(at, "at");
        note = Guard.required(note, "note").map(n -> n.length() > 1000 ? n.substring(0, 1000) : n);
    }
}
