package org.xieshang.app.application.duty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.scoring.ScoringScheme;

/** The fields of the duty-file records the audit trail compares before and after a change. */
final class DutyAuditFields {

    private DutyAuditFields() {
    }

    static Map<String, String> of(DutyActivity a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", a.kind().name());
        f.put("title", a.details().title());
        f.put("startsAt", a.details().startsAt().toString());
        f.put("endsAt", a.details().endsAt().toString());
        f.put("place", a.details().place().orElse(""));
        f.put("organiser", a.details().organiser());
        f.put("audience", a.details().audience().kind() + (a.details().audience().obligatory() ? " obligatory" : ""));
        f.put("invited", Integer.toString(a.invitations().size()));
        // One field per member whose attendance or leave is set, so the trail shows who changed from what to what.
        for (Invitation invitation : a.invitations()) {
            if (invitation.attendance() != Attendance.NOT_RECORDED || invitation.leave().isPresent()) {
                f.put("member." + invitation.memberId(), invitation.attendance() + invitation.leave().map(l -> " leave " + l.status()).orElse(""));
            }
        }
        return f;
    }

    static Map<String, String> of(DutyEvent e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("memberId", e.memberId().toString());
        f.put("kind", e.kind().name());
        f.put("occurredOn", e.occurredOn().toString());
        f.put("source", e.source().toString());
        f.put("title", e.title());
        return f;
    }

    static Map<String, String> of(ScoringScheme s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("revision", Integer.toString(s.revision()));
        f.put("base", s.draft().base().toString());
        f.put("maximum", s.draft().maximum().map(Object::toString).orElse(""));
        f.put("passMark", s.passMark().toString());
        f.put("bands", s.draft().bands().stream().map(b -> b.grade() + "≥" + b.minimum()).collect(Collectors.joining(",")));
        s.draft().items().forEach(i -> f.put("item." + i.code(), i.label() + " " + i.rule().type() + " " + new TreeMap<>(i.rule().parameters())));
        f.put("reason", s.draft().reason().orElse(""));
        return f;
    }

    static Map<String, String> of(DisciplinePolicy p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("preset", p.basedOn().map(Enum::name).orElse(""));
        for (int i = 0; i < p.definitions().size(); i++) {
            f.put("rule." + (i + 1), p.definitions().get(i).type() + " " + p.definitions().get(i).parameters());
        }
        return f;
    }

    static Map<String, String> of(Finding finding) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", finding.kind().name());
        f.put("memberId", finding.memberId().toString());
        f.put("year", Integer.toString(finding.year()));
        finding.decision().ifPresent(d -> {
            f.put("outcome", d.outcome().name());
            f.put("reason", d.reason());
            f.put("membershipDecision", d.membershipDecision().map(Object::toString).orElse(""));
        });
        return f;
    }

    static Map<String, String> of(DutyReport r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", r.kind().name());
        f.put("year", Integer.toString(r.year()));
        f.put("status", r.status().name());
        f.put("textLength", Integer.toString(r.text().length()));
        f.put("reviewComment", r.reviewComment().orElse(""));
        return f;
    }
}
