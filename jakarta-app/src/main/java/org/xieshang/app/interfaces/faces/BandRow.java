package org.xieshang.app.interfaces.faces;

import java.io.Serializable;

/** An editable grade band: the grade and its lowest score. */
public class BandRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String grade;
    private String minimum;

    BandRow(String grade, String minimum) {
        this.grade = grade;
        this.minimum = minimum;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getMinimum() {
        return minimum;
    }

    public void setMinimum(String minimum) {
        this.minimum = minimum;
    }
}
