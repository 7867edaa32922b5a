package org.xieshang.app.infrastructure.demo;

import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;

/**
 * The duty-file ports the demo records are loaded into.
 *
 * @param activities meetings and activities
 * @param events     duty events
 * @param policies   discipline policies
 * @param reports    members' duty reports
 * @param release    writes what is pending and forgets it, so that a long load does not slow every later write
 */
record DutyDemoStorage(Activities activities, DutyEvents events, DisciplinePolicies policies, DutyReports reports, Runnable release) {
}
