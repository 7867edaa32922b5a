package org.xieshang.app.infrastructure.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.PlenarySession;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.proposal.Alert;
import org.xieshang.domain.proposal.AlertKind;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalAlerts;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.shared.PageRequest;

/**
 * The demo's proposals of this year's plenary sessions: for the city and each county committee, its catalogue of
 * fictional proposals taken through the proposal use cases to every stage, dated from the session to today (see
 * {@link ProposalPlanner}), so that duty files are credited, notices sent and every change put into the change feed.
 * A committee that already has proposals this year, or no session this year, is left alone. Plain Java over the
 * domain's ports and use cases: the caller supplies the transaction, if any.
 */
final class ProposalDemo {

    /** The demo committees by key, with their catalogues. */
    private static final Map<String, Supplier<List<DemoProposal>>> CATALOGUES = catalogues();

    private final ProposalDemoWiring wiring;
    private final Clock clock;

    /**
     * @param wiring storage and ports
     * @param clock  the application's clock: today and now
     */
    ProposalDemo(ProposalDemoWiring wiring, Clock clock) {
        this.wiring = wiring;
        this.clock = clock;
    }

    /** @return what was loaded, committee by committee; empty if nothing was */
    Summary load() {
        StepClock steps = new StepClock(clock);
        LocalDate today = LocalDate.now(clock);
        ProposalDemoWiring.Desks desks = wiring.desks(steps);
        List<CommitteeLoad> loads = new ArrayList<>();
        CATALOGUES.forEach((key, catalogue) -> wiring.committees().find(DemoIds.committee(key))
                .filter(committee -> isEmpty(committee, today.getYear()))
                .flatMap(committee -> load(committee, catalogue.get(), today, desks, steps))
                .ifPresent(loads::add));
        return new Summary(loads);
    }

    private Optional<CommitteeLoad> load(Committee committee, List<DemoProposal> catalogue, LocalDate today, ProposalDemoWiring.Desks desks,
                                         StepClock steps) {
        Optional<Term> term = committee.terms().stream().filter(t -> session(t, today.getYear()).isPresent()).findFirst();
        if (term.isEmpty()) {
            return Optional.empty();
        }
        WorkingDayCalendar calendar = wiring.calendars().calendarOf(committee.id());
        ProposalTimeline timeline = new ProposalTimeline(session(term.get(), today.getYear()).orElseThrow(), today, calendar, wiring.periods());
        // Filing credits members from the review in January to the late filings of recent weeks: only those serving
        // throughout sign, up to today or, once a county's term has ended, to its last day.
        LocalDate servingUntil = today.isAfter(term.get().endInclusive()) ? term.get().endInclusive() : today;
        ProposalSigners signers = ProposalSigners.of(wiring.members(), committee.id(), timeline.sessionStart(), servingUntil);
        if (!signers.any()) {
            return Optional.empty();
        }
        List<HandlingUnit> units = wiring.units().ofCommittee(committee.id(), true);
        List<ProposalStep> plan = new ProposalPlanner(timeline, !units.isEmpty()).plan(catalogue);
        ProposalWalker walker = new ProposalWalker(desks, steps, committee.id(), timeline.year(), catalogue, signers, units,
                new ProposalWording(committee.region()), wiring.published());
        walker.walk(plan);
        List<Proposal> loaded = walker.proposals();
        List<Alert> alerts = new ProposalAlerts(wiring.periods()).of(loaded, today, calendar);
        return Optional.of(new CommitteeLoad(committee.name(), byStatus(loaded), count(alerts, AlertKind.OVERDUE), count(alerts, AlertKind.DUE_SOON),
                timeline.countsDeadlines() ? Optional.empty() : Optional.of(timeline.year())));
    }

    private static Optional<PlenarySession> session(Term term, int year) {
        return term.sessions().stream().filter(s -> s.startInclusive().getYear() == year).findFirst();
    }

    private boolean isEmpty(Committee committee, int year) {
        return wiring.proposals().search(ProposalQuery.of(committee.id(), year), PageRequest.of(0, 1)).totalElements() == 0;
    }

    private static Map<ProposalStatus, Integer> byStatus(List<Proposal> proposals) {
        Map<ProposalStatus, Integer> counts = new EnumMap<>(ProposalStatus.class);
        proposals.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
        return counts;
    }

    private static int count(List<Alert> alerts, AlertKind kind) {
        return (int) alerts.stream().filter(a -> a.kind() == kind).count();
    }

    private static Map<String, Supplier<List<DemoProposal>>> catalogues() {
        Map<String, Supplier<List<DemoProposal>>> catalogues = new LinkedHashMap<>();
        catalogues.put(DemoCommittees.chenghu().key(), CityProposals::all);
        catalogues.put(DemoCommittees.wangchuan().key(), CountyProposals::wangchuan);
        catalogues.put(DemoCommittees.yunxiu().key(), CountyProposals::yunxiu);
        return catalogues;
    }

    /**
     * One committee's demo proposals.
     *
     * @param committee     its name
     * @param byStatus      how many proposals stand in each status
     * @param overdue       how many are overdue today
     * @param dueSoon       how many are due within the warning period
     * @param uncoveredYear the year whose working calendar is missing, if it is: then no proposal was assigned
     */
    record CommitteeLoad(String committee, Map<ProposalStatus, Integer> byStatus, int overdue, int dueSoon, Optional<Integer> uncoveredYear) {

        CommitteeLoad {
            byStatus = Map.copyOf(byStatus);
        }

        int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        String describe() {
            String states = byStatus.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            return committee + " " + total() + " (" + states + "; " + overdue + " overdue, " + dueSoon + " due soon)"
                    + uncoveredYear.map(year -> " - none assigned: no working calendar for " + year).orElse("");
        }
    }

    /**
     * What a load did.
     *
     * @param committees the committees loaded, city first
     */
    record Summary(List<CommitteeLoad> committees) {

        Summary {
            committees = List.copyOf(committees);
        }

        boolean loaded() {
            return !committees.isEmpty();
        }

        /** @return a one-line description for the log */
        String describe() {
            return "demo proposals (fictional): " + committees.stream().map(CommitteeLoad::describe).collect(Collectors.joining("; "));
        }
    }
}
