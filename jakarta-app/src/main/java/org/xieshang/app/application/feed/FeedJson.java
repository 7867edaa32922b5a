package org.xieshang.app.application.feed;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;

/**
 * The change feed as integrators read it, the same from {@code GET /changes} and in a webhook's delivery:
 * {@code {"changes":[{"sequence","committeeId","type","id","version","removed","changedAt","item"}],"last"}}.
 */
public final class FeedJson {

    private FeedJson() {
    }

    /**
     * @param entries the entries, in order; not null
     * @param since   the sequence they follow, which is the last one when there are none
     * @return the JSON text, never null
     */
    public static String changes(List<FeedEntry> entries, long since) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (FeedEntry e : entries) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("sequence", e.sequence()).add("committeeId", e.committeeId())
                    .add("type", e.itemType()).add("id", e.itemId()).add("version", e.itemVersion()).add("removed", e.removed())
                    .add("changedAt", e.changedAt().toString());
            e.payload().ifPresent(p -> item.add("item", Json.createReader(new StringReader(p)).readObject()));
            items.add(item);
        }
        long last = entries.isEmpty() ? since : entries.get(entries.size() - 1).sequence();
        return Json.createObjectBuilder().add("changes", items).add("last", last).build().toString();
    }
}
