package org.xieshang.app.interfaces.faces;

import java.io.Serializable;

/** A line of a duty file page: an event of the timeline or a line of the score's trace. */
public class DutyLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String day;
    private final String what;
    private final String title;
    private final String source;
    private final String points;
    private final String note;
    private final boolean removable;

    DutyLine(String id, String day, String what, String title, String source, String points, String note, boolean removable) {
        this.id = id;
        this.day = day;
        this.what = what;
        this.title = title;
        this.source = source;
        this.points = points;
        this.note = note;
        this.removable = removable;
    }

    public String getId() {
        return id;
    }

    public String getDay() {
        return day;
    }

    public String getWhat() {
        return what;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public String getPoints() {
        return points;
    }

    public String getNote() {
        return note;
    }

    public boolean isRemovable() {
        return removable;
    }
}
