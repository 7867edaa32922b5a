package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainMessages;
import org.xieshang.domain.socialreport.SocialReport;

/**
 * A social-condition report (社情民意信息) waiting for a leader's instruction: its title as the office edited it, who wrote
 * it, and the upper bodies it was reported to. Texts only, in the page's language.
 */
public class WaitingReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final String title;
    private final String text;
    private final String submitter;
    private final String category;
    private final List<String> reportedTo;

    /**
     * @param r       the report, not null
     * @param members names a member, not null
     * @param locale  the page's language, not null
     */
    WaitingReportRow(SocialReport r, Function<MemberId, String> members, Locale locale) {
        id = r.id().toString();
        version = r.version();
        title = r.currentContent().title();
        text = r.currentContent().text();
        submitter = members.apply(r.submitter());
        category = DomainMessages.label(r.currentContent().category(), locale);
        reportedTo = r.upwardReports().stream().map(u -> u.recipient() + " · " + Texts.isoDate(u.reportedOn())).toList();
    }

    public String getId() {
        return id;
    }

    long version() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    /** @return the text as the office edited it, for the leader to read before instructing */
    public String getText() {
        return text;
    }

    public String getSubmitter() {
        return submitter;
    }

    public String getCategory() {
        return category;
    }

    /** @return the upper bodies it was reported to, each with the day */
    public List<String> getReportedTo() {
        return reportedTo;
    }
}
