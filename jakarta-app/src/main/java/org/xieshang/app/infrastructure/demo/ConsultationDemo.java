package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xieshang.app.infrastructure.demo.ActivityWalker.Walked;
import org.xieshang.app.infrastructure.demo.ConsultationCatalogue.PlanSketch;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.ScreeningCatalogue;
import org.xieshang.domain.consultation.ScreeningResult;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * The demo's consultation work of this year: the city committee's annual plan, approved by the city's Party committee
 * early in the year and published, with activities at every step (one of them a city–county joint consultation with
 * both counties), its open call's submissions, and a shorter plan of one county committee. Dates come from the demo
 * calendar; no step is dated after today. Plain Java over the domain's ports and use cases: the caller supplies the
 * transaction, if any.
 */
final class ConsultationDemo {

    /**
     * What a load did.
     *
     * @param loaded      false if there was no demo organisation or it already had this year's plan
     * @param plans       plans approved and published
     * @param topics      topics in them
     * @param activities  consultation activities started
     * @param steps       steps done in all
     * @param meetings    meetings scheduled as duty activities
     * @param outcomes    outcome reports handed over
     * @param submissions public submissions stored
     */
    record Summary(boolean loaded, int plans, int topics, int activities, int steps, int meetings, int outcomes, int submissions) {

        static Summary skipped() {
            return new Summary(false, 0, 0, 0, 0, 0, 0, 0);
        }

        Summary plus(Summary other) {
            return new Summary(loaded || other.loaded, plans + other.plans, topics + other.topics, activities + other.activities,
                    steps + other.steps, meetings + other.meetings, outcomes + other.outcomes, submissions + other.submissions);
        }

        /** @return a one-line description for the log */
        String describe() {
            return "demo consultation (fictional): " + plans + " plans with " + topics + " topics, " + activities + " activities with " + steps
                    + " steps done, " + meetings + " meetings, " + outcomes + " outcome reports, " + submissions + " public submissions";
        }
    }

    private static final ScreeningCatalogue CATALOGUE = ScreeningCatalogue.example();

    private final ConsultationDemoWiring wiring;
    private final DemoCalendar calendar;
    private final int year;

    ConsultationDemo(ConsultationDemoWiring wiring, DemoCalendar calendar) {
        this.wiring = wiring;
        this.calendar = calendar;
        this.year = calendar.today().getYear();
    }

    /** @return what was loaded; {@link Summary#skipped()} without the demo city committee or once it has this year's plan */
    Summary load() {
        Optional<Committee> city = wiring.committees().find(DemoIds.committee(ConsultationCatalogue.city().committeeKey()));
        if (city.isEmpty() || wiring.plans().find(city.get().id(), year).isPresent()) {
            return Summary.skipped();
        }
        Map<CommitteeId, ConsultationParticipants> counties = new LinkedHashMap<>();
        List<Committee> children = wiring.committees().childrenOf(city.get().id()).stream().sorted(Comparator.comparing(Committee::name)).toList();
        for (Committee county : children) {
            county.termOn(calendar.today()).ifPresent(term -> counties.put(county.id(), participants(county, term)));
        }
        Summary summary = load(city.get(), ConsultationCatalogue.city(), counties);
        Optional<ConsultationPlan> cityPlan = wiring.plans().find(city.get().id(), year);
        if (cityPlan.isPresent()) {
            summary = summary.plus(new Summary(true, 0, 0, 0, 0, 0, 0, PublicSubmissionDemo.load(wiring.submissions(), cityPlan.get())));
        }
        if (cityPlan.isPresent() && wiring.plans().find(city.get().id(), year + 1).isEmpty()) {
            summary = summary.plus(new Summary(true, 0, 0, 0, 0, 0, 0,
                    PublicSubmissionDemo.openNextYear(wiring.consultation(), wiring.submissions(), city.get().id(), year + 1, calendar.today())));
        }
        PlanSketch county = ConsultationCatalogue.county();
        Optional<Committee> countyCommittee = wiring.committees().find(DemoIds.committee(county.committeeKey()));
        if (countyCommittee.isPresent()) {
            summary = summary.plus(load(countyCommittee.get(), county, Map.of()));
        }
        return summary;
    }

    private Summary load(Committee committee, PlanSketch sketch, Map<CommitteeId, ConsultationParticipants> counties) {
        Optional<Term> term = committee.termOn(calendar.today());
        // A county's staff may have drawn up their own plan already: theirs stays, the demo's is left out.
        if (term.isEmpty() || wiring.plans().find(committee.id(), year).isPresent()) {
            return Summary.skipped();
        }
        LocalDate approvedOn = calendar.notAfterToday(LocalDate.of(year, 1, 28));
        String approvalNumber = new DocumentNumbers(sketch.approvalPrefix()).next(year);
        ConsultationPlan plan = approvedPlan(committee, sketch, approvedOn, approvalNumber);
        ActivityWalker walker = new ActivityWalker(wiring, calendar, committee.id(), term.get(), new StepDeliverables(sketch, year, approvalNumber),
                participants(committee, term.get()), counties);
        Summary summary = new Summary(true, 1, plan.topics().size(), 0, 0, 0, 0, 0);
        for (int i = 0; i < sketch.topics().size(); i++) {
            TopicPlan topicPlan = sketch.topics().get(i);
            if (topicPlan.activity().isEmpty()) {
                continue;
            }
            StepDates dates = new StepDates(LocalDate.of(year - 1, 11, 16 + i), approvedOn,
                    LocalDate.of(year, topicPlan.month(), topicPlan.activity().get().meetingDay()));
            Walked walked = walker.walk(plan.require(topicId(sketch, topicPlan)), topicPlan, dates);
            summary = summary.plus(new Summary(true, 0, 0, 1, walked.activity().process().steps().size(), walked.activity().meeting().isPresent()
                    ? 1 : 0, walked.outcomeReported() ? 1 : 0, 0));
        }
        return summary;
    }

    /** Drawn up and screened, submitted, approved by the Party committee and published, as the plan's life runs. */
    private ConsultationPlan approvedPlan(Committee committee, PlanSketch sketch, LocalDate approvedOn, String approvalNumber) {
        ConsultationAdministration consultation = wiring.consultation();
        CommitteeId id = committee.id();
        Map<String, SpecialCommitteeId> specialCommittees = wiring.specialCommittees().listOf(id).stream()
                .collect(Collectors.toMap(SpecialCommittee::name, SpecialCommittee::id));
        LocalDate screenedOn = calendar.notAfterToday(LocalDate.of(year, 1, 16));
        List<Topic> topics = new ArrayList<>();
        for (TopicPlan plan : sketch.topics()) {
            topics.add(new Topic(topicId(sketch, plan), plan.title(), plan.description(), plan.source(), plan.area(),
                    plan.leadSpecialCommittee().map(specialCommittees::get), plan.counterpartDepartment(), plan.quarter(), Optional.of(plan.month()),
                    plan.form(), Optional.empty()));
        }
        ConsultationPlan plan = consultation.draftPlan(id, year);
        // The city calls on society for topics the autumn before (the county collects its topics otherwise).
        Optional<PublicCall> call = sketch.committeeKey().equals(ConsultationCatalogue.city().committeeKey())
                ? Optional.of(PublicSubmissionDemo.call(id, year, LocalDate.of(year - 1, 10, 15))) : Optional.empty();
        plan = consultation.changePlan(id, year, plan.version(), draft -> {
            ConsultationPlan drafted = call.map(draft::openCall).orElse(draft);
            for (int i = 0; i < topics.size(); i++) {
                TopicPlan topicPlan = sketch.topics().get(i);
                drafted = drafted.putTopic(topics.get(i)).screen(topics.get(i).id(), ScreeningResult.against(CATALOGUE,
                        topicPlan.screeningCategory(), topicPlan.screeningReason(), sketch.screenedBy(), screenedOn));
            }
            return drafted;
        });
        plan = consultation.changePlan(id, year, plan.version(), ConsultationPlan::submit);
        String approval = approvalNumber + "：" + sketch.partyCommittee() + "办公室关于印发《" + sketch.partyCommittee() + year
                + "年度政治协商工作计划》的通知";
        plan = consultation.changePlan(id, year, plan.version(), submitted -> submitted.approve(new PlanChange(sketch.partyCommittee(), approvedOn,
                approval)));
        return consultation.changePlan(id, year, plan.version(), ConsultationPlan::publish);
    }

    private TopicId topicId(PlanSketch sketch, TopicPlan plan) {
        return new TopicId(DemoIds.uuid("consultation-topic", sketch.committeeKey(), Integer.toString(year), plan.title()));
    }

    private ConsultationParticipants participants(Committee committee, Term term) {
        MemberQuery query = MemberQuery.of(committee.id()).withTerm(term.number()).withCurrent(true).sortedBy(MemberSort.CODE, true);
        List<Member> roster = Page.all(request -> wiring.members().search(query, request));
        Map<SectorId, String> sectorNames = wiring.sectors().listOf(committee.id()).stream().collect(Collectors.toMap(Sector::id, Sector::name));
        return new ConsultationParticipants(committee.id(), term.number(), roster, sectorNames);
    }
}
