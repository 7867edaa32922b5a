package org.xieshang.app.interfaces.faces;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.xieshang.domain.member.MemberId;

/**
 * Members' names for one listing, each read once rather than once per row. Lives for one load only, so that a renamed
 * member shows the new name next time.
 */
final class MemberNames {

    private final Function<MemberId, String> lookup;
    private final Map<MemberId, String> names = new HashMap<>();

    /** @param lookup reads a member's name, such as {@code SocialReportViews::memberName} */
    MemberNames(Function<MemberId, String> lookup) {
        this.lookup = lookup;
    }

    String of(MemberId id) {
        return names.computeIfAbsent(id, lookup);
    }

    /** @return the names joined as Chinese lists them (、), empty for none */
    String of(List<MemberId> ids) {
        return String.join("、", ids.stream().map(this::of).toList());
    }
}
