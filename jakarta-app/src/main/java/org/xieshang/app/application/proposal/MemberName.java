package org.xieshang.app.application.proposal;

import org.xieshang.domain.member.MemberId;

/**
 * A member as a proposer sees the others when choosing co-signers: the name only, since members may not read one
 * another's records. Immutable.
 *
 * @param id   the member, not null
 * @param name the name, not null
 */
public record MemberName(MemberId id, String name) {
}
