package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.socialreport.SocialReport;

/** One of a member's social-condition reports: handed in by the member or co-written, with what the member may still do. */
public class MySocialReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SocialReportRow report;
    private final String part;
    private final boolean editable;
    private final boolean withdrawable;

    MySocialReportRow(SocialReport r, MemberId me, MemberNames names) {
        report = new SocialReportRow(r, names);
        boolean submitter = r.submitter().equals(me);
        part = Texts.text(submitter ? "my-social-reports.part.submitter" : "my-social-reports.part.co-author");
        Set<SocialReportForms.Part> parts = submitter ? EnumSet.of(SocialReportForms.Part.SUBMITTER) : EnumSet.noneOf(SocialReportForms.Part.class);
        SocialReportForms forms = SocialReportForms.of(r, parts);
        editable = forms.isOwnDraft();
        withdrawable = forms.isWithdrawable();
    }

    public SocialReportRow getReport() {
        return report;
    }

    /** @return 报送人 for the member who handed it in, 联名 for a co-author */
    public String getPart() {
        return part;
    }

    /** @return whether it is the member's own draft, to be edited */
    public boolean isEditable() {
        return editable;
    }

    public boolean isWithdrawable() {
        return withdrawable;
    }
}
