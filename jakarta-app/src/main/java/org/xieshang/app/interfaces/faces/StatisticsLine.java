package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.List;

/** A line of a statistics table: a rank (0 for none), a name, a group, numbers in column order and a few texts. */
public class StatisticsLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rank;
    private final String name;
    private final String group;
    private final List<Object> numbers;
    private final String score;
    private final String grade;
    private final boolean failed;
    private final String attendance;
    private final String note;

    StatisticsLine(int rank, String name, String group, List<Object> numbers, String score, String grade, boolean failed, String attendance,
                   String note) {
        this.rank = rank;
        this.name = name;
        this.group = group;
        this.numbers = List.copyOf(numbers);
        this.score = score;
        this.grade = grade;
        this.failed = failed;
        this.attendance = attendance;
        this.note = note;
    }

    public int getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public String getGroup() {
        return group;
    }

    public List<Object> getNumbers() {
        return numbers;
    }

    public String getScore() {
        return score;
    }

    public String getGrade() {
        return grade;
    }

    public boolean isFailed() {
        return failed;
    }

    public String getAttendance() {
        return attendance;
    }

    public String getNote() {
        return note;
    }
}
