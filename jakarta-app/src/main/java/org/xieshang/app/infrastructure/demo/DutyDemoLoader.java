package org.xieshang.app.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.evaluation.DutyAssessment;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/**
 * Loads the demo committees' duty records (two years and this year so far) and scores them under the example scheme,
 * once, when the demo organisation is there and has no activities yet.
 */
@ApplicationScoped
public class DutyDemoLoader {

    private static final Logger LOG = Logger.getLogger(DutyDemoLoader.class.getName());

    @Inject
    Committees committees;
    @Inject
    Members members;
    @Inject
    SpecialCommittees specialCommittees;
    @Inject
    Activities activities;
    @Inject
    DutyEvents events;
    @Inject
    DisciplinePolicies policies;
    @Inject
    DutyReports reports;
    @Inject
    ScoringSchemes schemes;
    @Inject
    DutyAssessment assessment;
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Transactional
    public void loadIfEmpty() {
        List<Committee> all = committees.all();
        DemoCalendar calendar = new DemoCalendar(clock);
        int thisYear = calendar.today().getYear();
        if (all.isEmpty() || !activities.list(ActivityQuery.ofYear(all.get(0).id(), thisYear - 1)).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        // Thousands of records in one transaction: the demo clears the persistence context as it goes (see DutyDemo).
        DutyDemo demo = new DutyDemo(new DutyDemoStorage(activities, events, policies, reports, () -> {
            em.flush();
            em.clear();
        }), calendar);
        int activityCount = 0;
        int recordCount = 0;
        for (Committee committee : all) {
            Optional<Term> term = committee.termOn(calendar.today());
            if (term.isEmpty()) {
                continue;
            }
            List<Member> roster = roster(committee, term.get());
            int[] loaded = demo.load(committee, term.get(), roster, specialCommittees.listOf(committee.id()));
            activityCount += loaded[0];
            recordCount += loaded[1];
            for (int year = Math.max(term.get().startInclusive().getYear(), thisYear - 2); year <= thisYear; year++) {
                if (schemes.current(committee.id(), year).isEmpty()) {
                    assessment.reviseScheme(committee.id(), term.get().number(), year, 0, ExampleScheme.draft(), "dutyfile.demo");
                }
            }
        }
        int activitiesLoaded = activityCount;
        int recordsLoaded = recordCount;
        LOG.info(() -> "demo duty files: " + activitiesLoaded + " activities, " + recordsLoaded + " duty records in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private List<Member> roster(Committee committee, Term term) {
        MemberQuery query = MemberQuery.of(committee.id()).withTerm(term.number()).sortedBy(MemberSort.CODE, true);
        List<Member> roster = new ArrayList<>(Page.all(request -> members.search(query, request)));
        roster.sort(Comparator.comparing(m -> m.code().value()));
        return roster;
    }
}
