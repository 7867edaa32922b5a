package org.xieshang.app.interfaces.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import org.xieshang.domain.duty.DutyEventKind.Category;
import org.xieshang.domain.duty.DutyFile;

/** The Chart.js configuration of a duty file's totals per quarter: one stacked bar per quarter, one colour per category. */
final class QuarterChart {

    private static final Map<Category, String> COLOURS = Map.ofEntries(Map.entry(Category.ATTENDANCE, "#b71c1c"),
            Map.entry(Category.TRAINING, "#6a1b9a"), Map.entry(Category.ABSENCE, "#9e9e9e"), Map.entry(Category.PROPOSAL, "#1565c0"),
            Map.entry(Category.SOCIAL_REPORT, "#00838f"), Map.entry(Category.SPEECH, "#ef6c00"), Map.entry(Category.RESEARCH, "#2e7d32"),
            Map.entry(Category.CONTACT, "#827717"), Map.entry(Category.WORKSTATION, "#5d4037"), Map.entry(Category.COMMENDATION, "#f9a825"),
            Map.entry(Category.PENALTY, "#212121"));

    private QuarterChart() {
    }

    static String json(DutyFile file) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Category category : Category.values()) {
            int total = file.count(category);
            if (total == 0) {
                continue;
            }
            JsonArrayBuilder quarters = Json.createArrayBuilder();
            for (int quarter = 1; quarter <= 4; quarter++) {
                quarters.add(file.count(category, quarter));
            }
            datasets.add(Json.createObjectBuilder().add("label", Texts.label(category)).add("data", quarters)
                    .add("backgroundColor", COLOURS.get(category)));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int quarter = 1; quarter <= 4; quarter++) {
            labels.add(Texts.text("duty.quarter", quarter));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
