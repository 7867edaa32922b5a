package org.xieshang.app.infrastructure.jpa;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.outcome.OutcomeStage;
import org.xieshang.domain.outcome.Submission;
import org.xieshang.domain.outcome.SuggestionAction;
import org.xieshang.domain.outcome.SuggestionStatus;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedSuggestion;
import org.xieshang.domain.outcome.TrackingEntry;

/**
 * A tracked outcome report as the JSON document stored with it. The field names are the storage format, spelled out
 * here; reading rebuilds the report through its constructors, which check every invariant again.
 */
final class OutcomeDocument {

    private OutcomeDocument() {
    }

    static String write(TrackedOutcome o) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("activityId", o.activityId().toString()).add("committeeId", o.committeeId().toString())
                .add("title", o.title()).add("reportedOn", o.reportedOn().toString()).add("stage", o.stage().name());
        o.submission().ifPresent(s -> b.add("submission", Json.createObjectBuilder().add("to", s.to()).add("on", s.submittedOn().toString())
                .add("by", s.by())));
        JsonArrayBuilder instructions = Json.createArrayBuilder();
        o.instructions().forEach(i -> instructions.add(Json.createObjectBuilder().add("leader", i.leader()).add("text", i.text())
                .add("on", i.givenOn().toString())));
        JsonArrayBuilder suggestions = Json.createArrayBuilder();
        for (TrackedSuggestion s : o.suggestions()) {
            JsonObjectBuilder x = Json.createObjectBuilder().add("number", s.number()).add("text", s.text()).add("status", s.status().name());
            s.addressee().ifPresent(a -> x.add("addressee", a));
            s.department().ifPresent(d -> x.add("department", d.toString()));
            s.dueOn().ifPresent(d -> x.add("dueOn", d.toString()));
            JsonArrayBuilder log = Json.createArrayBuilder();
            s.log().forEach(e -> log.add(Json.createObjectBuilder().add("action", e.action().name()).add("by", e.by()).add("text", e.text())
                    .add("on", e.on().toString())));
            suggestions.add(x.add("log", log));
        }
        return b.add("instructions", instructions).add("suggestions", suggestions).build().toString();
    }

    static TrackedOutcome read(String document, long version) {
        JsonObject o = Json.createReader(new StringReader(document)).readObject();
        Optional<Submission> submission = Optional.ofNullable(o.getJsonObject("submission"))
                .map(s -> new Submission(s.getString("to"), LocalDate.parse(s.getString("on")), s.getString("by")));
        List<Instruction> instructions = o.getJsonArray("instructions").getValuesAs(JsonObject.class).stream()
                .map(i -> new Instruction(i.getString("leader"), i.getString("text"), LocalDate.parse(i.getString("on")))).toList();
        List<TrackedSuggestion> suggestions = o.getJsonArray("suggestions").getValuesAs(JsonObject.class).stream()
                .map(s -> new TrackedSuggestion(s.getInt("number"), s.getString("text"), optional(s, "addressee"),
                        SuggestionStatus.valueOf(s.getString("status")), optional(s, "department").map(HandlingUnitId::parse),
                        optional(s, "dueOn").map(LocalDate::parse),
                        s.getJsonArray("log").getValuesAs(JsonObject.class).stream().map(e -> new TrackingEntry(
                                SuggestionAction.valueOf(e.getString("action")), e.getString("by"), e.getString("text"),
                                LocalDate.parse(e.getString("on")))).toList()))
                .toList();
        return new TrackedOutcome(ConsultationActivityId.parse(o.getString("activityId")), CommitteeId.parse(o.getString("committeeId")),
                o.getString("title"), LocalDate.parse(o.getString("reportedOn")), OutcomeStage.valueOf(o.getString("stage")), submission, instructions,
                suggestions, version);
    }

    private static Optional<String> optional(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? Optional.of(o.getString(name)) : Optional.empty();
    }
}
