package org.xieshang.app.infrastructure.demo;

import java.time.Clock;
import java.util.function.Consumer;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.proposal.HandlingPeriods;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalConversions;
import org.xieshang.domain.proposal.ProposalOffice;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.proposal.ProposerDesk;
import org.xieshang.domain.proposal.UnitDesk;

/**
 * What the proposal demo reads and goes through: the application's own ports, from which it builds the proposal use
 * cases on its step clock, so that its proposals pass the same rules, credit the same duty files and send the same
 * notices as those entered on the screens.
 *
 * @param committees  committees
 * @param members     members, for the signers and the use cases' checks
 * @param units       handling units
 * @param proposals   proposal storage
 * @param calendars   the committees' working calendars, by which deadlines are counted
 * @param periods     the handling periods in force
 * @param duty        where filing and key selection credit the members' duty files
 * @param notifier    where notices go
 * @param conversions what a converted proposal becomes: a social-condition report, put into the change feed
 * @param published   where every change of a proposal goes: the change feed
 */
record ProposalDemoWiring(Committees committees, Members members, HandlingUnits units, Proposals proposals, CommitteeCalendars calendars,
                          HandlingPeriods periods, DutyEventPublisher duty, Notifier notifier, ProposalConversions conversions,
                          Consumer<Proposal> published) {

    /**
     * @param clock the clock the acts are dated by
     * @return the proposer's, the proposal office's and the handling units' use cases on that clock
     */
    Desks desks(Clock clock) {
        return new Desks(new ProposerDesk(proposals, members, notifier, clock),
                new ProposalOffice(proposals, units, calendars, periods, duty, conversions, notifier, clock),
                new UnitDesk(proposals, notifier, clock));
    }

    /**
     * The proposal use cases, as the application wires them but on the demo's clock.
     *
     * @param proposers the proposers'
     * @param office    the proposal office's
     * @param units     the handling units'
     */
    record Desks(ProposerDesk proposers, ProposalOffice office, UnitDesk units) {
    }
}
