package org.xieshang.domain.notification;

import java.time.Instant;
import java.util.List;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.shared.Guard;

/**
 * Something a member or unit should know: an item of theirs changed. The text is a message code with arguments, so
 * that each recipient reads it in their own language ({@link org.xieshang.domain.shared.DomainMessages}). Immutable.
 *
 * @param committeeId the committee, not null
 * @param recipient   who it goes to, not null
 * @param code        the message code, such as {@code notice.proposal.status}, not blank
 * @param arguments   the message's arguments (texts and domain enum constants), not null
 * @param source      the item it concerns, not null
 * @param at          when, not null
 */
public record Notice(CommitteeId committeeId, Recipient recipient, String code, List<Object> arguments, SourceRef source, Instant at) {

    /** Validates every part. */
    public Notice {
        Guard.required(committeeId, "committeeId");
        Guard.required(recipient, "recipient");
        code = Guard.text(code, "code", 100);
        arguments = List.copyOf(Guard.required(arguments, "arguments"));
        Guard.required(source, "source");
        Guard.required(at, "at");
    }
}
