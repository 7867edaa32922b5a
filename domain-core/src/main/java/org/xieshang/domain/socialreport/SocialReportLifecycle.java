package org.xieshang.domain.socialreport;

import static org.xieshang.domain.socialreport.SocialReportAction.ADOPT;
import static org.xieshang.domain.socialreport.SocialReportAction.DECLINE;
import static org.xieshang.domain.socialreport.SocialReportAction.EDIT;
import static org.xieshang.domain.socialreport.SocialReportAction.EDIT_DRAFT;
import static org.xieshang.domain.socialreport.SocialReportAction.RECORD_INSTRUCTION;
import static org.xieshang.domain.socialreport.SocialReportAction.RECORD_UPPER_ADOPTION;
import static org.xieshang.domain.socialreport.SocialReportAction.REPORT_UPWARD;
import static org.xieshang.domain.socialreport.SocialReportAction.RETURN_FOR_REVISION;
import static org.xieshang.domain.socialreport.SocialReportAction.SUBMIT;
import static org.xieshang.domain.socialreport.SocialReportAction.WITHDRAW;
import static org.xieshang.domain.socialreport.SocialReportStatus.ADOPTED;
import static org.xieshang.domain.socialreport.SocialReportStatus.DRAFT;
import static org.xieshang.domain.socialreport.SocialReportStatus.EDITED;
import static org.xieshang.domain.socialreport.SocialReportStatus.INSTRUCTED;
import static org.xieshang.domain.socialreport.SocialReportStatus.NOT_ADOPTED;
import static org.xieshang.domain.socialreport.SocialReportStatus.REPORTED_UPWARD;
import static org.xieshang.domain.socialreport.SocialReportStatus.SUBMITTED;
import static org.xieshang.domain.socialreport.SocialReportStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.shared.DomainException;

/**
 * The social-condition report's life cycle as a table: for each status, the actions allowed and the status each leads
 * to. The member writes and submits, and may withdraw until the office has edited the report; the office returns it
 * for revision or edits it (again if need be), then adopts it or not; an adopted report is reported to upper bodies,
 * one after another, and receives leaders' instructions, in any order. An instruction is the furthest a report goes:
 * reporting it upward afterwards keeps it {@link SocialReportStatus#INSTRUCTED}.
 */
public final class SocialReportLifecycle {

    private static final Map<SocialReportStatus, Map<SocialReportAction, SocialReportStatus>> TABLE = table();

    private SocialReportLifecycle() {
    }

    /**
     * @param status a status, not null
     * @return the actions allowed in it, never null
     */
    public static Set<SocialReportAction> allowedIn(SocialReportStatus status) {
        return Collections.unmodifiableSet(TABLE.get(status).keySet());
    }

    /**
     * @param status the current status, not null
     * @param action an action, not null
     * @return the status the action leads to, if the action is allowed
     */
    public static Optional<SocialReportStatus> next(SocialReportStatus status, SocialReportAction action) {
        return Optional.ofNullable(TABLE.get(status).get(action));
    }

    /**
     * @param status the current status, not null
     * @param action an action, not null
     * @return the status the action leads to, never null
     * @throws DomainException {@code social-report.action.not-allowed} naming the action and the status
     */
    public static SocialReportStatus require(SocialReportStatus status, SocialReportAction action) {
        return next(status, action).orElseThrow(() -> new DomainException("social-report.action.not-allowed", "status", action, status));
    }

    private static Map<SocialReportStatus, Map<SocialReportAction, SocialReportStatus>> table() {
        Map<SocialReportStatus, Map<SocialReportAction, SocialReportStatus>> table = new EnumMap<>(SocialReportStatus.class);
        for (SocialReportStatus status : SocialReportStatus.values()) {
            table.put(status, new EnumMap<>(SocialReportAction.class));
        }
        allow(table, DRAFT, EDIT_DRAFT, DRAFT);
        allow(table, DRAFT, SUBMIT, SUBMITTED);
        allow(table, DRAFT, WITHDRAW, WITHDRAWN);
        allow(table, SUBMITTED, WITHDRAW, WITHDRAWN);
        allow(table, SUBMITTED, RETURN_FOR_REVISION, DRAFT);
        allow(table, SUBMITTED, EDIT, EDITED);
        allow(table, SUBMITTED, DECLINE, NOT_ADOPTED);
        allow(table, EDITED, EDIT, EDITED);
        allow(table, EDITED, RETURN_FOR_REVISION, DRAFT);
        allow(table, EDITED, ADOPT, ADOPTED);
        allow(table, EDITED, DECLINE, NOT_ADOPTED);
        allow(table, ADOPTED, REPORT_UPWARD, REPORTED_UPWARD);
        allow(table, ADOPTED, RECORD_INSTRUCTION, INSTRUCTED);
        allow(table, REPORTED_UPWARD, REPORT_UPWARD, REPORTED_UPWARD);
        allow(table, REPORTED_UPWARD, RECORD_UPPER_ADOPTION, REPORTED_UPWARD);
        allow(table, REPORTED_UPWARD, RECORD_INSTRUCTION, INSTRUCTED);
        allow(table, INSTRUCTED, REPORT_UPWARD, INSTRUCTED);
        allow(table, INSTRUCTED, RECORD_UPPER_ADOPTION, INSTRUCTED);
        allow(table, INSTRUCTED, RECORD_INSTRUCTION, INSTRUCTED);
        return table;
    }

    private static void allow(Map<SocialReportStatus, Map<SocialReportAction, SocialReportStatus>> table, SocialReportStatus from,
                              SocialReportAction action, SocialReportStatus to) {
        table.get(from).put(action, to);
    }
}
