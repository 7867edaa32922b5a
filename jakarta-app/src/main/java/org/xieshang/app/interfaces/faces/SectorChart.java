package org.xieshang.app.interfaces.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** The Chart.js configuration of PrimeFaces' {@code p:chart}: a horizontal bar per sector with its current members. */
final class SectorChart {

    private SectorChart() {
    }

    static String json(List<SectorRow> rows, String seriesLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        rows.forEach(row -> {
            labels.add(row.getName());
            counts.add(row.getCurrentMembers());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel)
                                .add("data", counts)
                                .add("backgroundColor", "#b71c1c"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
