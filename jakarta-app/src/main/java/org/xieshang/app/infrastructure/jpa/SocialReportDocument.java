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
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.socialreport.AdoptionDecision;
import org.xieshang.domain.socialreport.Editing;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.ReportTransition;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportAction;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReportStatus;
import org.xieshang.domain.socialreport.UpwardReport;

/**
 * A social-condition report as the JSON document stored with it. The field names are the storage format: spelled out
 * here, not derived from the domain's classes, so that renaming a record component never makes stored reports
 * unreadable. Reading rebuilds the report through its constructors, which check every invariant again.
 */
final class SocialReportDocument {

    private SocialReportDocument() {
    }

    static String write(SocialReport r) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", r.id().toString())
                .add("committeeId", r.committeeId().toString())
                .add("year", r.year())
                .add("status", r.status().name())
                .add("submitter", r.submitter().toString())
                .add("coAuthors", strings(r.coAuthors().stream().map(Object::toString).toList()))
                .add("content", content(r.content()));
        r.origin().ifPresent(p -> o.add("originProposal", p.toString()));
        r.editing().ifPresent(e -> o.add("editing", Json.createObjectBuilder().add("content", content(e.content())).add("by", e.editedBy())
                .add("on", e.editedOn().toString())));
        r.decision().ifPresent(d -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("adopted", d.adopted()).add("by", d.decidedBy()).add("on", d.decidedOn().toString());
            d.note().ifPresent(n -> b.add("note", n));
            o.add("decision", b);
        });
        o.add("upwardReports", array(r.upwardReports(), u -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("recipient", u.recipient()).add("reportedOn", u.reportedOn().toString());
            u.adoptedOn().ifPresent(d -> b.add("adoptedOn", d.toString()));
            u.adoptionNote().ifPresent(n -> b.add("adoptionNote", n));
            return b;
        }));
        o.add("instructions", array(r.instructions(), i -> Json.createObjectBuilder().add("leader", i.leader()).add("text", i.text())
                .add("on", i.givenOn().toString())));
        o.add("history", array(r.history(), t -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("action", t.action().name()).add("from", t.from().name())
                    .add("to", t.to().name()).add("actor", t.actor()).add("at", t.at().toString());
            t.note().ifPresent(n -> b.add("note", n));
            return b;
        }));
        return o.build().toString();
    }

    static SocialReport read(String document, long version) {
        JsonObject o = Json.createReader(new StringReader(document)).readObject();
        Optional<Editing> editing = Optional.ofNullable(o.getJsonObject("editing")).map(e -> new Editing(content(e.getJsonObject("content")),
                e.getString("by"), LocalDate.parse(e.getString("on"))));
        Optional<AdoptionDecision> decision = Optional.ofNullable(o.getJsonObject("decision")).map(d -> new AdoptionDecision(d.getBoolean("adopted"),
                optional(d, "note"), d.getString("by"), LocalDate.parse(d.getString("on"))));
        List<UpwardReport> upward = list(o.getJsonArray("upwardReports"), u -> new UpwardReport(u.getString("recipient"),
                LocalDate.parse(u.getString("reportedOn")), optional(u, "adoptedOn").map(LocalDate::parse), optional(u, "adoptionNote")));
        List<Instruction> instructions = list(o.getJsonArray("instructions"), i -> new Instruction(i.getString("leader"), i.getString("text"),
                LocalDate.parse(i.getString("on"))));
        List<ReportTransition> history = list(o.getJsonArray("history"), t -> new ReportTransition(SocialReportAction.valueOf(t.getString("action")),
                SocialReportStatus.valueOf(t.getString("from")), SocialReportStatus.valueOf(t.getString("to")), t.getString("actor"),
                Instant.parse(t.getString("at")), optional(t, "note")));
        return new SocialReport(SocialReportId.parse(o.getString("id")), CommitteeId.parse(o.getString("committeeId")), o.getInt("year"),
                MemberId.parse(o.getString("submitter")), strings(o.getJsonArray("coAuthors")).stream().map(MemberId::parse).toList(),
                content(o.getJsonObject("content")), optional(o, "originProposal").map(ProposalId::parse), SocialReportStatus.valueOf(o.getString("status")),
                editing, decision, upward, instructions, history, version);
    }

    private static JsonObjectBuilder content(ReportContent c) {
        return Json.createObjectBuilder().add("title", c.title()).add("text", c.text()).add("category", c.category().name());
    }

    private static ReportContent content(JsonObject c) {
        return new ReportContent(c.getString("title"), c.getString("text"), ProposalCategory.valueOf(c.getString("category")));
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
