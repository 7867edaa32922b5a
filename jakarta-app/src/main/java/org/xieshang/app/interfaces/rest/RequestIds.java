package org.xieshang.app.interfaces.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Ids;

/** Identifiers given in request bodies: malformed ones are errors on the field that holds them. */
final class RequestIds {

    private RequestIds() {
    }

    static Optional<MemberId> member(String text, String field) {
        return Http.optionalId(text, field).map(MemberId::new);
    }

    static MemberId requiredMember(String text, String field) {
        return new MemberId(Ids.parse(text, field));
    }

    static Optional<SectorId> sector(String text, String field) {
        return Http.optionalId(text, field).map(SectorId::new);
    }

    static Set<SectorId> sectors(List<String> texts) {
        Set<SectorId> ids = new LinkedHashSet<>();
        if (texts != null) {
            texts.forEach(text -> ids.add(new SectorId(Ids.parse(text, "sectorIds"))));
        }
        return ids;
    }
}
