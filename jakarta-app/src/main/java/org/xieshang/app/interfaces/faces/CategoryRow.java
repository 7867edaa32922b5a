package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.consultation.ScreeningCategory;

/** An editable line of the screening catalogue. */
public class CategoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String label;
    private boolean consultable = true;

    CategoryRow() {
    }

    CategoryRow(ScreeningCategory category) {
        code = category.code();
        label = category.label();
        consultable = category.consultable();
    }

    ScreeningCategory toCategory() {
        return new ScreeningCategory(code, label, consultable);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isConsultable() {
        return consultable;
    }

    public void setConsultable(boolean consultable) {
        this.consultable = consultable;
    }
}
