package org.xieshang.app.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.app.interfaces.rest.DutyJson.ActivityRequest;
import org.xieshang.app.interfaces.rest.DutyJson.BandRequest;
import org.xieshang.app.interfaces.rest.DutyJson.ItemRequest;
import org.xieshang.app.interfaces.rest.DutyJson.PresenceEntry;
import org.xieshang.app.interfaces.rest.DutyJson.RuleRequest;
import org.xieshang.app.interfaces.rest.DutyJson.SchemeRequest;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.AudienceKind;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.scoring.GradeBand;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Ids;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/** Turns duty-file request bodies into domain values; bad values become errors on their fields. */
final class DutyRequests {

    private DutyRequests() {
    }

    static ActivityDraft activity(ActivityRequest r) {
        AudienceKind kind = Http.enumValue(AudienceKind.class, r.audience, "audience");
        Audience audience = new Audience(kind, Http.optionalId(r.audienceSectorId, "audienceSectorId").map(SectorId::new),
                Http.optionalId(r.audienceSpecialCommitteeId, "audienceSpecialCommitteeId").map(SpecialCommitteeId::new), r.obligatory);
        return new ActivityDraft(r.termNumber, Http.enumValue(ActivityKind.class, r.kind, "kind"), r.title, r.startsAt, r.endsAt,
                Optional.ofNullable(r.place), r.organiser, Http.optionalId(r.organiserSpecialCommitteeId, "organiserSpecialCommitteeId")
                .map(SpecialCommitteeId::new), audience);
    }

    static List<MemberId> members(List<String> ids) {
        List<MemberId> members = new ArrayList<>();
        ids.forEach(id -> members.add(new MemberId(Ids.parse(id, "memberIds"))));
        return members;
    }

    static Map<MemberId, Boolean> presence(List<PresenceEntry> entries) {
        Map<MemberId, Boolean> presence = new LinkedHashMap<>();
        entries.forEach(e -> presence.put(new MemberId(Ids.parse(e.memberId, "attendance")), e.present));
        return presence;
    }

    static SchemeDraft scheme(SchemeRequest r) {
        List<SchemeDraft.Item> items = new ArrayList<>();
        for (ItemRequest item : r.items) {
            items.add(new SchemeDraft.Item(item.code, item.label, new RuleDefinition(item.type, item.parameters)));
        }
        List<GradeBand> bands = new ArrayList<>();
        for (BandRequest band : r.bands) {
            bands.add(new GradeBand(band.grade, Points.parse(band.minimum, "bands")));
        }
        return new SchemeDraft(items, r.base == null || r.base.isBlank() ? Points.ZERO : Points.parse(r.base, "base"),
                Optional.ofNullable(r.maximum).filter(m -> !m.isBlank()).map(m -> Points.parse(m, "maximum")), Points.parse(r.passMark, "passMark"),
                bands, Optional.ofNullable(r.reason));
    }

    static List<RuleDefinition> rules(List<RuleRequest> rules) {
        List<RuleDefinition> definitions = new ArrayList<>();
        rules.forEach(rule -> definitions.add(new RuleDefinition(rule.type, rule.parameters == null ? Map.of() : rule.parameters)));
        return definitions;
    }
}
