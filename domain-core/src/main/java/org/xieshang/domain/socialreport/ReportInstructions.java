package org.xieshang.domain.socialreport;

import java.time.Clock;
import java.util.Objects;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.notification.Notifier;

/**
 * Leaders' instructions on adopted social-condition reports (领导批示), entered by the leader or on the leader's behalf.
 * The first instruction on a report credits its submitter's duty file. Thread-safe if its ports are.
 */
public final class ReportInstructions {

    private final ReportChanges changes;

    /**
     * @param reports  report storage, not null
     * @param duty     the duty-event port, not null
     * @param notifier where notices go, not null
     * @param clock    the committee's clock, not null
     */
    public ReportInstructions(SocialReports reports, DutyEventPublisher duty, Notifier notifier, Clock clock) {
        this.changes = new ReportChanges(Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(duty, "duty"),
                Objects.requireNonNull(notifier, "notifier"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param id              an adopted report, not null
     * @param expectedVersion the version read
     * @param instruction     the leader's instruction, written not before the adoption and not after today; not null
     * @param actor           who enters it, not blank
     * @return the report with the instruction, never null
     */
    public SocialReport record(SocialReportId id, long expectedVersion, Instruction instruction, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> r.recordInstruction(instruction, act));
    }
}
