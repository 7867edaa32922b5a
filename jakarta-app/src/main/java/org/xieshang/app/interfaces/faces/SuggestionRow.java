package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.outcome.SuggestionAction;
import org.xieshang.domain.outcome.SuggestionLifecycle;
import org.xieshang.domain.outcome.SuggestionStatus;
import org.xieshang.domain.outcome.TrackedSuggestion;
import org.xieshang.domain.outcome.TrackingEntry;
import org.xieshang.domain.shared.DomainMessages;

/**
 * One suggestion of an outcome report in its own row (each suggestion tracked on its own): where it stands, the
 * department it went to and by when it should answer, and what its log says about adoption (采纳), implementation (落实),
 * supervision (督查) and follow-up (跟踪问效); with the actions its status allows. Texts only, in the page's language.
 */
public class SuggestionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final String text;
    private final String addressee;
    private final String status;
    private final String statusClass;
    private final String department;
    private final String request;
    private final String dueOn;
    private final boolean overdue;
    private final boolean dueSoon;
    private final List<LogLine> adoption;
    private final List<LogLine> implementation;
    private final List<LogLine> supervision;
    private final List<LogLine> followUps;
    private final Set<SuggestionAction> allowed;

    /**
     * @param s       the suggestion, not null
     * @param units   names a department, not null
     * @param today   the committee's day, for the overdue mark; not null
     * @param dueSoon which suggestions are due soon that day, not null
     * @param locale  the page's language, not null
     */
    SuggestionRow(TrackedSuggestion s, Function<HandlingUnitId, String> units, LocalDate today, Predicate<TrackedSuggestion> dueSoon, Locale locale) {
        number = s.number();
        text = s.text();
        addressee = s.addressee().orElse("");
        status = DomainMessages.label(s.status(), locale);
        statusClass = badge(s.status());
        department = s.department().map(units).orElse("");
        request = lastRequest(s.log());
        dueOn = Texts.isoDate(s.dueOn().orElse(null));
        overdue = s.isOverdue(today);
        this.dueSoon = dueSoon.test(s);
        adoption = every(s.log(), SuggestionAction.RECORD_ADOPTION);
        implementation = every(s.log(), SuggestionAction.RECORD_IMPLEMENTATION);
        supervision = every(s.log(), SuggestionAction.SUPERVISE);
        followUps = every(s.log(), SuggestionAction.FOLLOW_UP);
        allowed = SuggestionLifecycle.allowedIn(s.status());
    }

    /** @return the badge's style for a status: waiting for assignment, with a department, answered, or declined */
    static String badge(SuggestionStatus status) {
        return switch (status) {
            case PENDING -> "xs-badge";
            case ASSIGNED -> "xs-badge xs-badge-warn";
            case ADOPTED, PARTLY_ADOPTED, IMPLEMENTED -> "xs-badge xs-badge-ok";
            case NOT_ADOPTED -> "xs-badge xs-badge-muted";
        };
    }

    /** A suggestion may go to another department before it is answered: the last assignment is the one that holds. */
    private static String lastRequest(List<TrackingEntry> log) {
        List<LogLine> assignments = every(log, SuggestionAction.ASSIGN);
        return assignments.isEmpty() ? "" : assignments.get(assignments.size() - 1).getText();
    }

    /** Supervisions and follow-ups add up, so every entry is shown; the status allows one adoption and one implementation. */
    private static List<LogLine> every(List<TrackingEntry> log, SuggestionAction action) {
        return log.stream().filter(e -> e.action() == action).map(LogLine::new).toList();
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    /** @return the department the report addressed the suggestion to, or an empty text */
    public String getAddressee() {
        return addressee;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusClass() {
        return statusClass;
    }

    /** @return the department it is assigned to, or an empty text while pending */
    public String getDepartment() {
        return department;
    }

    /** @return what the department was asked, or an empty text while pending */
    public String getRequest() {
        return request;
    }

    public String getDueOn() {
        return dueOn;
    }

    /** @return whether the department has not answered by its day */
    /** @return whether it is due within the warning period */
    public boolean isDueSoon() {
        return dueSoon;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public List<LogLine> getAdoption() {
        return adoption;
    }

    public List<LogLine> getImplementation() {
        return implementation;
    }

    public List<LogLine> getSupervision() {
        return supervision;
    }

    public List<LogLine> getFollowUps() {
        return followUps;
    }

    public boolean isAssignable() {
        return allowed.contains(SuggestionAction.ASSIGN);
    }

    public boolean isAdoptable() {
        return allowed.contains(SuggestionAction.RECORD_ADOPTION);
    }

    public boolean isImplementable() {
        return allowed.contains(SuggestionAction.RECORD_IMPLEMENTATION);
    }

    public boolean isSupervisable() {
        return allowed.contains(SuggestionAction.SUPERVISE);
    }

    public boolean isFollowable() {
        return allowed.contains(SuggestionAction.FOLLOW_UP);
    }

    /** One entry of the suggestion's log: the day, who recorded it or which office found it, and what it says. */
    public static class LogLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String on;
        private final String by;
        private final String text;

        LogLine(TrackingEntry entry) {
            on = Texts.isoDate(entry.on());
            by = entry.by();
            text = entry.text();
        }

        public String getOn() {
            return on;
        }

        public String getBy() {
            return by;
        }

        public String getText() {
            return text;
        }
    }
}
