package org.xieshang.app.infrastructure.jpa;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Answer;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.BundleId;
import org.xieshang.domain.proposal.CoSignStatus;
import org.xieshang.domain.proposal.CoSigner;
import org.xieshang.domain.proposal.Communication;
import org.xieshang.domain.proposal.CommunicationMethod;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.Countersign;
import org.xieshang.domain.proposal.Extension;
import org.xieshang.domain.proposal.ExtensionRequest;
import org.xieshang.domain.proposal.Filing;
import org.xieshang.domain.proposal.FilingDecision;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.KeyDesignation;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalAction;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.ProposerKind;
import org.xieshang.domain.proposal.Rating;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.Supervision;
import org.xieshang.domain.proposal.Transition;
import org.xieshang.domain.proposal.UnitRole;
import org.xieshang.domain.proposal.UnitTask;

/**
 * A proposal as the JSON document stored with it. The field names are the storage format: spelled out here, not
 * derived from the domain's classes, so that renaming a record component never makes stored proposals unreadable.
 * Reading rebuilds the proposal through its constructors, which check every invariant again.
 */
final class ProposalDocument {

    private ProposalDocument() {
    }

    static String write(Proposal p) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", p.id().toString())
                .add("committeeId", p.committeeId().toString())
                .add("year", p.year())
                .add("origin", p.origin().name())
                .add("status", p.status().name())
                .add("proposerKind", p.proposer().kind().name());
        p.proposer().leadMember().ifPresent(m -> o.add("leadMember", m.toString()));
        p.proposer().organisation().ifPresent(n -> o.add("organisation", n));
        o.add("title", p.content().title()).add("grounds", p.content().grounds()).add("suggestions", p.content().suggestions())
                .add("category", p.content().category().name());
        o.add("coSigners", array(p.coSigners(), c -> Json.createObjectBuilder().add("member", c.memberId().toString())
                .add("status", c.status().name())));
        p.filing().ifPresent(f -> o.add("filing", filing(f)));
        p.key().ifPresent(k -> o.add("key", Json.createObjectBuilder().add("leading", strings(k.leadingLeaders()))
                .add("supervising", strings(k.supervisingLeaders())).add("on", k.designatedOn().toString())));
        p.handling().ifPresent(h -> o.add("handling", handling(h)));
        o.add("history", array(p.history(), t -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("action", t.action().name()).add("from", t.from().name())
                    .add("to", t.to().name()).add("actor", t.actor()).add("at", t.at().toString());
            t.note().ifPresent(n -> b.add("note", n));
            return b;
        }));
        return o.build().toString();
    }

    static Proposal read(String document, long version) {
        JsonObject o = Json.createReader(new StringReader(document)).readObject();
        ProposerKind kind = ProposerKind.valueOf(o.getString("proposerKind"));
        Proposer proposer = new Proposer(kind, optional(o, "leadMember").map(MemberId::parse), optional(o, "organisation"));
        ProposalContent content = new ProposalContent(o.getString("title"), o.getString("grounds"), o.getString("suggestions"),
                ProposalCategory.valueOf(o.getString("category")));
        List<CoSigner> coSigners = list(o.getJsonArray("coSigners"), c -> new CoSigner(MemberId.parse(c.getString("member")),
                CoSignStatus.valueOf(c.getString("status"))));
        Optional<KeyDesignation> key = Optional.ofNullable(o.getJsonObject("key")).map(k -> new KeyDesignation(
                strings(k.getJsonArray("leading")), strings(k.getJsonArray("supervising")), LocalDate.parse(k.getString("on"))));
        List<Transition> history = list(o.getJsonArray("history"), t -> new Transition(ProposalAction.valueOf(t.getString("action")),
                ProposalStatus.valueOf(t.getString("from")), ProposalStatus.valueOf(t.getString("to")), t.getString("actor"),
                Instant.parse(t.getString("at")), optional(t, "note")));
        return new Proposal(ProposalId.parse(o.getString("id")), CommitteeId.parse(o.getString("committeeId")), o.getInt("year"),
                ProposalOrigin.valueOf(o.getString("origin")), ProposalStatus.valueOf(o.getString("status")), proposer, content, coSigners,
                Optional.ofNullable(o.getJsonObject("filing")).map(ProposalDocument::filing), key,
                Optional.ofNullable(o.getJsonObject("handling")).map(ProposalDocument::handling), history, version);
    }

    private static JsonObjectBuilder filing(Filing f) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("decision", f.decision().name()).add("on", f.decidedOn().toString());
        f.number().ifPresent(n -> b.add("number", n));
        f.reason().ifPresent(r -> b.add("reason", r.name()));
        f.mergedInto().ifPresent(m -> b.add("mergedInto", m.toString()));
        f.note().ifPresent(n -> b.add("note", n));
        return b;
    }

    private static Filing filing(JsonObject f) {
        return new Filing(FilingDecision.valueOf(f.getString("decision")), f.containsKey("number") ? Optional.of(f.getInt("number")) : Optional.empty(),
                optional(f, "reason").map(NotFiledReason::valueOf), optional(f, "mergedInto").map(ProposalId::parse), optional(f, "note"),
                LocalDate.parse(f.getString("on")));
    }

    private static JsonObjectBuilder handling(Handling h) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("mode", h.mode().name()).add("assignedOn", h.assignedOn().toString())
                .add("deadline", h.deadline().toString()).add("round", h.round());
        h.bundle().ifPresent(id -> b.add("bundle", id.toString()));
        b.add("tasks", array(h.tasks(), t -> {
            JsonObjectBuilder task = Json.createObjectBuilder().add("unit", t.unitId().toString()).add("role", t.role().name());
            t.acknowledgedOn().ifPresent(d -> task.add("acknowledgedOn", d.toString()));
            t.countersign().ifPresent(c -> task.add("countersign", Json.createObjectBuilder().add("round", c.round()).add("opinion", c.opinion())
                    .add("on", c.signedOn().toString())));
            return task;
        }));
        b.add("communications", array(h.communications(), c -> Json.createObjectBuilder().add("unit", c.unitId().toString())
                .add("phase", c.phase().name()).add("method", c.method().name()).add("on", c.on().toString()).add("summary", c.summary())));
        h.pendingExtension().ifPresent(r -> b.add("pendingExtension", request(r)));
        b.add("extensions", array(h.extensions(), e -> {
            JsonObjectBuilder x = Json.createObjectBuilder().add("request", request(e.request())).add("granted", e.granted())
                    .add("decidedBy", e.decidedBy()).add("decidedOn", e.decidedOn().toString());
            e.newDeadline().ifPresent(d -> x.add("newDeadline", d.toString()));
            e.note().ifPresent(n -> x.add("note", n));
            return x;
        }));
        b.add("answers", array(h.answers(), a -> Json.createObjectBuilder().add("round", a.round()).add("unit", a.unitId().toString())
                .add("result", a.result().name()).add("text", a.text()).add("on", a.answeredOn().toString()).add("deadline", a.deadline().toString())));
        b.add("ratings", array(h.ratings(), r -> {
            JsonObjectBuilder x = Json.createObjectBuilder().add("round", r.round()).add("satisfaction", r.satisfaction().name())
                    .add("contacted", r.contacted()).add("by", r.ratedBy()).add("on", r.ratedOn().toString());
            r.comment().ifPresent(c -> x.add("comment", c));
            return x;
        }));
        h.supervision().ifPresent(s -> {
            JsonObjectBuilder x = Json.createObjectBuilder().add("grade", s.grade().name()).add("supervisor", s.supervisor())
                    .add("on", s.gradedOn().toString());
            s.note().ifPresent(n -> x.add("note", n));
            b.add("supervision", x);
        });
        return b;
    }

    private static Handling handling(JsonObject h) {
        List<UnitTask> tasks = list(h.getJsonArray("tasks"), t -> new UnitTask(HandlingUnitId.parse(t.getString("unit")),
                UnitRole.valueOf(t.getString("role")), optional(t, "acknowledgedOn").map(LocalDate::parse),
                Optional.ofNullable(t.getJsonObject("countersign")).map(c -> new Countersign(c.getInt("round"), c.getString("opinion"),
                        LocalDate.parse(c.getString("on"))))));
        List<Communication> communications = list(h.getJsonArray("communications"), c -> new Communication(HandlingUnitId.parse(c.getString("unit")),
                CommunicationPhase.valueOf(c.getString("phase")), CommunicationMethod.valueOf(c.getString("method")),
                LocalDate.parse(c.getString("on")), c.getString("summary")));
        List<Extension> extensions = list(h.getJsonArray("extensions"), e -> new Extension(request(e.getJsonObject("request")),
                e.getBoolean("granted"), optional(e, "newDeadline").map(LocalDate::parse), e.getString("decidedBy"),
                LocalDate.parse(e.getString("decidedOn")), optional(e, "note")));
        List<Answer> answers = list(h.getJsonArray("answers"), a -> new Answer(a.getInt("round"), HandlingUnitId.parse(a.getString("unit")),
                AnswerResult.valueOf(a.getString("result")), a.getString("text"), LocalDate.parse(a.getString("on")),
                LocalDate.parse(a.getString("deadline"))));
        List<Rating> ratings = list(h.getJsonArray("ratings"), r -> new Rating(r.getInt("round"), Satisfaction.valueOf(r.getString("satisfaction")),
                r.getBoolean("contacted"), optional(r, "comment"), r.getString("by"), LocalDate.parse(r.getString("on"))));
        Optional<Supervision> supervision = Optional.ofNullable(h.getJsonObject("supervision")).map(s -> new Supervision(
                ImplementationGrade.valueOf(s.getString("grade")), s.getString("supervisor"), optional(s, "note"), LocalDate.parse(s.getString("on"))));
        return new Handling(HandlingMode.valueOf(h.getString("mode")), optional(h, "bundle").map(BundleId::parse), tasks,
                LocalDate.parse(h.getString("assignedOn")), LocalDate.parse(h.getString("deadline")), h.getInt("round"), communications,
                Optional.ofNullable(h.getJsonObject("pendingExtension")).map(ProposalDocument::request), extensions, answers, ratings, supervision);
    }

    private static JsonObjectBuilder request(ExtensionRequest r) {
        return Json.createObjectBuilder().add("workingDays", r.workingDays()).add("reason", r.reason()).add("on", r.requestedOn().toString());
    }

    private static ExtensionRequest request(JsonObject r) {
        return new ExtensionRequest(r.getInt("workingDays"), r.getString("reason"), LocalDate.parse(r.getString("on")));
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> mapper) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(mapper.apply(item)));
        return array;
    }

    private static JsonArrayBuilder strings(List<String> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static <T> List<T> list(JsonArray array, Function<JsonObject, T> mapper) {
        return array.getValuesAs(JsonObject.class).stream().map(mapper).toList();
    }

    private static Optional<String> optional(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? Optional.of(o.getString(name)) : Optional.empty();
    }
}
