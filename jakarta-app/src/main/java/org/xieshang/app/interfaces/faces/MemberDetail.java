package org.xieshang.app.interfaces.faces;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.member.StandingRole;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;

/**
 * A member's file as the detail page shows it: personal details (personal numbers masked), memberships per
 * term with standing roles, and every membership decision, latest first.
 */
public record MemberDetail(String id, String code, String name, List<Field> profile, List<MembershipLine> memberships,
                           List<DecisionLine> decisions) {

    /** One labelled personal detail. */
    public record Field(String label, String value) {
    }

    /** One term's membership. */
    public record MembershipLine(String term, String sector, String kind, String status, String period, String standing) {
    }

    /** One recorded decision. */
    public record DecisionLine(String kind, String term, String sector, String decidedBy, String decidedOn, String effectiveOn, String grounds,
                               String documentNumber) {
    }

    static MemberDetail of(Member member, Map<SectorId, String> sectorNames) {
        return of(member, sectorNames, false);
    }

    /** @param unmasked whether to show the personal numbers in full (the caller has audited the read) */
    static MemberDetail of(Member member, Map<SectorId, String> sectorNames, boolean unmasked) {
        MemberProfile p = member.profile();
        List<Field> profile = List.of(
                new Field(Texts.text("member.code"), member.code().value()),
                new Field(Texts.text("member.name"), p.name()),
                new Field(Texts.text("member.gender"), Texts.label(p.gender())),
                new Field(Texts.text("member.ethnicity"), Texts.label(p.ethnicity())),
                new Field(Texts.text("member.dateOfBirth"), Texts.date(p.dateOfBirth())),
                new Field(Texts.text("member.party"), Texts.label(p.party())),
                new Field(Texts.text("member.residentIdNumber"), p.residentIdNumber().map(n -> unmasked ? n.value() : n.masked()).orElse("")),
                new Field(Texts.text("member.region"), p.region().orElse("")),
                new Field(Texts.text("member.workUnit"), p.workUnit()),
                new Field(Texts.text("member.post"), p.post().orElse("")),
                new Field(Texts.text("member.mobile"), p.mobile().map(n -> unmasked ? n.value() : n.masked()).orElse("")),
                new Field(Texts.text("member.email"), p.email().orElse("")),
                new Field(Texts.text("member.address"), p.address().orElse("")));
        List<MembershipLine> memberships = member.memberships().stream()
                .sorted(Comparator.comparingInt(TermMembership::termNumber).reversed())
                .map(m -> new MembershipLine(Texts.term(m.termNumber()), sectorNames.getOrDefault(m.sectorId(), ""), Texts.label(m.kind()),
                        Texts.label(m.status()), Texts.period(m.sinceInclusive(), m.endedOn().orElse(null)), standing(m.standingRoles())))
                .toList();
        List<DecisionLine> decisions = member.decisions().stream()
                .sorted(Comparator.comparing(MembershipDecision::decidedOn).thenComparing(MembershipDecision::recordedAt).reversed())
                .map(d -> new DecisionLine(Texts.label(d.kind()), Texts.term(d.termNumber()),
                        d.sectorId().map(s -> sectorNames.getOrDefault(s, "")).orElse(""), d.decidedBy(), Texts.date(d.decidedOn()),
                        Texts.date(d.effectiveOn()), d.grounds(), d.documentNumber().orElse("")))
                .toList();
        return new MemberDetail(member.id().toString(), member.code().value(), p.name(), profile, memberships, decisions);
    }

    private static String standing(List<StandingRole> roles) {
        return String.join("；", roles.stream().map(r -> Texts.period(r.fromInclusive(), r.untilInclusive().orElse(null))).toList());
    }
}
