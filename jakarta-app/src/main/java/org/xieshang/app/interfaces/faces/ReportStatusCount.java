package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.socialreport.SocialReportStatus;

/** How many of the year's reports are in one status, as a figure on the desk that filters the list when clicked. */
public class ReportStatusCount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SocialReportStatus status;
    private final long count;
    private final boolean chosen;

    ReportStatusCount(SocialReportStatus status, long count, boolean chosen) {
        this.status = status;
        this.count = count;
        this.chosen = chosen;
    }

    public SocialReportStatus getStatus() {
        return status;
    }

    public long getCount() {
        return count;
    }

    /** @return whether the list shows this status now */
    public boolean isChosen() {
        return chosen;
    }

    public String getLabel() {
        return Texts.label(status);
    }
}
