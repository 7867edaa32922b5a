package org.xieshang.app.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.workstation.Workstation;

/**
 * The fields of each aggregate the audit trail compares before and after a change. Personal numbers appear
 * masked: the trail proves that they changed without becoming a copy of them.
 */
final class AuditFields {

    private AuditFields() {
    }

    static Map<String, String> of(Committee c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", c.name());
        f.put("region", c.region());
        f.put("terms", c.terms().stream().map(t -> t.number() + ":" + t.startInclusive() + "~" + t.endInclusive() + "/" + t.sessions().size())
                .collect(Collectors.joining(",")));
        return f;
    }

    static Map<String, String> of(Sector s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", s.name());
        f.put("displayOrder", Integer.toString(s.displayOrder()));
        return f;
    }

    static Map<String, String> of(SectorGroup g) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", g.name());
        f.put("sectorIds", sorted(g.sectorIds().stream().map(Object::toString)));
        f.put("leaderId", text(g.leaderId()));
        return f;
    }

    static Map<String, String> of(SpecialCommittee s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", s.name());
        f.put("directorId", text(s.directorId()));
        f.put("onePerson", Boolean.toString(s.onePerson()));
        return f;
    }

    static Map<String, String> of(HandlingUnit u) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", u.name());
        f.put("kind", u.kind().name());
        f.put("contactPerson", u.contactPerson().orElse(null));
        f.put("contactPhone", u.contactPhone().orElse(null));
        f.put("active", Boolean.toString(u.active()));
        return f;
    }

    static Map<String, String> of(LiaisonGroup g) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", g.name());
        f.put("area", g.area());
        f.put("leaderId", text(g.leaderId()));
        f.put("memberIds", sorted(g.memberIds().stream().map(Object::toString)));
        return f;
    }

    static Map<String, String> of(Workstation w) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", w.name());
        f.put("place", w.place());
        f.put("placeKind", w.placeKind().name());
        f.put("headName", w.headName().orElse(null));
        f.put("headPost", w.headPost().orElse(null));
        f.put("postings", sorted(w.postings().stream().map(p -> p.memberId() + ":" + p.type())));
        return f;
    }

    static Map<String, String> of(Member m) {
        MemberProfile p = m.profile();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", m.code().value());
        f.put("name", p.name());
        f.put("gender", p.gender().name());
        f.put("ethnicity", p.ethnicity().name());
        f.put("dateOfBirth", p.dateOfBirth().toString());
        f.put("party", p.party().name());
        f.put("residentIdNumber", p.residentIdNumber().map(ResidentIdNumber::masked).orElse(null));
        f.put("region", p.region().orElse(null));
        f.put("workUnit", p.workUnit());
        f.put("post", p.post().orElse(null));
        f.put("mobile", p.mobile().map(PhoneNumber::masked).orElse(null));
        f.put("email", p.email().orElse(null));
        f.put("address", p.address().orElse(null));
        f.put("memberships", m.memberships().stream()
                .map(ms -> ms.termNumber() + ":" + ms.sectorId() + ":" + ms.status() + (ms.isStanding() ? ":standing" : ""))
                .collect(Collectors.joining(",")));
        f.put("decisions", Integer.toString(m.decisions().size()));
        return f;
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }

    private static String sorted(java.util.stream.Stream<String> values) {
        return values.sorted().collect(Collectors.joining(","));
    }
}
