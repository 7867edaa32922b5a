package org.xieshang.app.application.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.xieshang.domain.consultation.OutcomeHandover;
import org.xieshang.domain.consultation.OutcomeReport;

/**
 * Where outcome reports go until the feedback-loop module (issue 6) takes them over: the server log, one line per
 * report with its number of suggestions.
 */
@ApplicationScoped
public class LoggedOutcomes implements OutcomeHandover {

    private static final Logger LOG = System.getLogger(LoggedOutcomes.class.getName());

    @Override
    public void handOver(OutcomeReport report) {
        LOG.log(Level.INFO, "consultation outcome {0}: {1} suggestions for the feedback loop", report.activityId(), report.suggestions().size());
    }
}
