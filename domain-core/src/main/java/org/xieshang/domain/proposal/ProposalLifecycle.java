package org.xieshang.domain.proposal;

import static org.xieshang.domain.proposal.ProposalAction.ACKNOWLEDGE;
import static org.xieshang.domain.proposal.ProposalAction.ANSWER;
import static org.xieshang.domain.proposal.ProposalAction.ANSWER_INVITATION;
import static org.xieshang.domain.proposal.ProposalAction.ASSIGN;
import static org.xieshang.domain.proposal.ProposalAction.CLOSE;
import static org.xieshang.domain.proposal.ProposalAction.CONVERT;
import static org.xieshang.domain.proposal.ProposalAction.COUNTERSIGN;
import static org.xieshang.domain.proposal.ProposalAction.DECIDE_EXTENSION;
import static org.xieshang.domain.proposal.ProposalAction.DESIGNATE_KEY;
import static org.xieshang.domain.proposal.ProposalAction.EDIT;
import static org.xieshang.domain.proposal.ProposalAction.FILE;
import static org.xieshang.domain.proposal.ProposalAction.GRADE_IMPLEMENTATION;
import static org.xieshang.domain.proposal.ProposalAction.INVITE_CO_SIGNER;
import static org.xieshang.domain.proposal.ProposalAction.LOG_COMMUNICATION;
import static org.xieshang.domain.proposal.ProposalAction.MERGE;
import static org.xieshang.domain.proposal.ProposalAction.RATE;
import static org.xieshang.domain.proposal.ProposalAction.REFUSE_FILING;
import static org.xieshang.domain.proposal.ProposalAction.REHANDLE;
import static org.xieshang.domain.proposal.ProposalAction.REQUEST_EXTENSION;
import static org.xieshang.domain.proposal.ProposalAction.RETURN_FOR_REVISION;
import static org.xieshang.domain.proposal.ProposalAction.SUBMIT;
import static org.xieshang.domain.proposal.ProposalAction.WITHDRAW;
import static org.xieshang.domain.proposal.ProposalStatus.ANSWERED;
import static org.xieshang.domain.proposal.ProposalStatus.ASSIGNED;
import static org.xieshang.domain.proposal.ProposalStatus.CLOSED;
import static org.xieshang.domain.proposal.ProposalStatus.CONVERTED;
import static org.xieshang.domain.proposal.ProposalStatus.DRAFT;
import static org.xieshang.domain.proposal.ProposalStatus.FILED;
import static org.xieshang.domain.proposal.ProposalStatus.HANDLING;
import static org.xieshang.domain.proposal.ProposalStatus.MERGED;
import static org.xieshang.domain.proposal.ProposalStatus.NOT_FILED;
import static org.xieshang.domain.proposal.ProposalStatus.RATED;
import static org.xieshang.domain.proposal.ProposalStatus.SUBMITTED;
import static org.xieshang.domain.proposal.ProposalStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.shared.DomainException;

/**
 * The proposal life cycle as a table: for each status, the actions allowed and the status each leads to. An action
 * that keeps the status (a communication logged, a co-signer invited) leads to the same status; {@link #ACKNOWLEDGE}
 * moves an assignment to handling only when the lead unit acknowledges, which {@link Proposal} decides.
 */
public final class ProposalLifecycle {

    private static final Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> TABLE = table();

    private ProposalLifecycle() {
    }

    /**
     * @param status a status, not null
     * @return the actions allowed in it, never null
     */
    public static Set<ProposalAction> allowedIn(ProposalStatus status) {
        return Collections.unmodifiableSet(TABLE.get(status).keySet());
    }

    /**
     * @param status the current status, not null
     * @param action an action, not null
     * @return the status the action leads to, if the action is allowed
     */
    public static Optional<ProposalStatus> next(ProposalStatus status, ProposalAction action) {
        return Optional.ofNullable(TABLE.get(status).get(action));
    }

    /**
     * @param status the current status, not null
     * @param action an action, not null
     * @return the status the action leads to, never null
     * @throws DomainException {@code proposal.action.not-allowed} naming the action and the status
     */
    public static ProposalStatus require(ProposalStatus status, ProposalAction action) {
        return next(status, action).orElseThrow(() -> new DomainException("proposal.action.not-allowed", "status", action, status));
    }

    private static Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> table() {
        Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> table = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            table.put(status, new EnumMap<>(ProposalAction.class));
        }
        allow(table, DRAFT, EDIT, DRAFT);
        allow(table, DRAFT, INVITE_CO_SIGNER, DRAFT);
        allow(table, DRAFT, ANSWER_INVITATION, DRAFT);
        allow(table, DRAFT, SUBMIT, SUBMITTED);
        allow(table, DRAFT, WITHDRAW, WITHDRAWN);
        allow(table, SUBMITTED, WITHDRAW, WITHDRAWN);
        allow(table, SUBMITTED, RETURN_FOR_REVISION, DRAFT);
        allow(table, SUBMITTED, FILE, FILED);
        allow(table, SUBMITTED, REFUSE_FILING, NOT_FILED);
        allow(table, SUBMITTED, CONVERT, CONVERTED);
        allow(table, SUBMITTED, MERGE, MERGED);
        allow(table, FILED, DESIGNATE_KEY, FILED);
        allow(table, FILED, ASSIGN, ASSIGNED);
        allow(table, ASSIGNED, DESIGNATE_KEY, ASSIGNED);
        allow(table, ASSIGNED, ASSIGN, ASSIGNED);
        allow(table, ASSIGNED, ACKNOWLEDGE, ASSIGNED);
        allow(table, ASSIGNED, LOG_COMMUNICATION, ASSIGNED);
        allow(table, ASSIGNED, REQUEST_EXTENSION, ASSIGNED);
        allow(table, ASSIGNED, DECIDE_EXTENSION, ASSIGNED);
        allow(table, ASSIGNED, COUNTERSIGN, ASSIGNED);
        allow(table, HANDLING, DESIGNATE_KEY, HANDLING);
        allow(table, HANDLING, ACKNOWLEDGE, HANDLING);
        allow(table, HANDLING, LOG_COMMUNICATION, HANDLING);
        allow(table, HANDLING, REQUEST_EXTENSION, HANDLING);
        allow(table, HANDLING, DECIDE_EXTENSION, HANDLING);
        allow(table, HANDLING, COUNTERSIGN, HANDLING);
        allow(table, HANDLING, ANSWER, ANSWERED);
        allow(table, ANSWERED, LOG_COMMUNICATION, ANSWERED);
        allow(table, ANSWERED, RATE, RATED);
        allow(table, ANSWERED, CLOSE, CLOSED);
        allow(table, ANSWERED, GRADE_IMPLEMENTATION, ANSWERED);
        allow(table, RATED, LOG_COMMUNICATION, RATED);
        allow(table, RATED, REHANDLE, HANDLING);
        allow(table, RATED, CLOSE, CLOSED);
        allow(table, RATED, GRADE_IMPLEMENTATION, RATED);
        allow(table, CLOSED, GRADE_IMPLEMENTATION, CLOSED);
        return table;
    }

    private static void allow(Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> table, ProposalStatus from, ProposalAction action,
                              ProposalStatus to) {
        table.get(from).put(action, to);
    }
}
