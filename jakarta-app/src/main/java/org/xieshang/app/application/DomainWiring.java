package org.xieshang.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.app.infrastructure.jpa.JpaActivities;
import org.xieshang.app.infrastructure.jpa.JpaCommittees;
import org.xieshang.app.infrastructure.jpa.JpaConsultationActivities;
import org.xieshang.app.infrastructure.jpa.JpaConsultationPlans;
import org.xieshang.app.infrastructure.jpa.JpaPublicSubmissions;
import org.xieshang.app.infrastructure.jpa.JpaScreeningCatalogues;
import org.xieshang.app.infrastructure.jpa.JpaDisciplinePolicies;
import org.xieshang.app.infrastructure.jpa.JpaDutyEvents;
import org.xieshang.app.infrastructure.jpa.JpaDutyReports;
import org.xieshang.app.infrastructure.jpa.JpaFindings;
import org.xieshang.app.infrastructure.jpa.JpaHandlingUnits;
import org.xieshang.app.infrastructure.jpa.JpaLiaisonGroups;
import org.xieshang.app.infrastructure.jpa.JpaMembers;
import org.xieshang.app.infrastructure.jpa.JpaScoringSchemes;
import org.xieshang.app.infrastructure.jpa.JpaSectorGroups;
import org.xieshang.app.infrastructure.jpa.JpaSectors;
import org.xieshang.app.infrastructure.jpa.JpaSpecialCommittees;
import org.xieshang.app.infrastructure.jpa.JpaWorkingCalendars;
import org.xieshang.app.infrastructure.jpa.JpaWorkstations;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.committee.CommitteeAdministration;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnitRegistry;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.PublicCallDesk;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ScreeningCatalogues;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.OutcomeHandover;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.duty.DutyReporting;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.duty.evaluation.DutyAssessment;
import org.xieshang.domain.duty.evaluation.DutyFacts;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.liaison.LiaisonGroupAdministration;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.MemberRegistry;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.SectorAdministration;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.specialcommittee.SpecialCommitteeAdministration;
import org.xieshang.domain.specialcommittee.SpecialCommittees;
import org.xieshang.domain.workstation.WorkstationAdministration;
import org.xieshang.domain.workstation.Workstations;

/**
 * Plugs the domain's ports into JPA and hands out its use cases. The container's entity manager joins
 * whatever transaction the calling application service runs in.
 */
@ApplicationScoped
public class DomainWiring {

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "xieshang.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of(timeZone));
    }

    @Produces
    @Singleton
    Committees committees() {
        return new JpaCommittees(em);
    }

    @Produces
    @Singleton
    Sectors sectors() {
        return new JpaSectors(em);
    }

    @Produces
    @Singleton
    SectorGroups sectorGroups() {
        return new JpaSectorGroups(em);
    }

    @Produces
    @Singleton
    SpecialCommittees specialCommittees() {
        return new JpaSpecialCommittees(em);
    }

    @Produces
    @Singleton
    HandlingUnits handlingUnits() {
        return new JpaHandlingUnits(em);
    }

    @Produces
    @Singleton
    Members members(PersonalDataProtection protection) {
        return new JpaMembers(em, protection);
    }

    @Produces
    @Singleton
    LiaisonGroups liaisonGroups() {
        return new JpaLiaisonGroups(em);
    }

    @Produces
    @Singleton
    Workstations workstations() {
        return new JpaWorkstations(em);
    }

    @Produces
    @Singleton
    CommitteeAdministration committeeAdministration(Committees committees) {
        return new CommitteeAdministration(committees);
    }

    @Produces
    @Singleton
    SectorAdministration sectorAdministration(Committees committees, Sectors sectors, SectorGroups groups, Members members) {
        return new SectorAdministration(committees, sectors, groups, members);
    }

    @Produces
    @Singleton
    SpecialCommitteeAdministration specialCommitteeAdministration(Committees committees, SpecialCommittees specialCommittees, Members members) {
        return new SpecialCommitteeAdministration(committees, specialCommittees, members);
    }

    @Produces
    @Singleton
    HandlingUnitRegistry handlingUnitRegistry(Committees committees, HandlingUnits units) {
        return new HandlingUnitRegistry(committees, units);
    }

    @Produces
    @Singleton
    MemberRegistry memberRegistry(Committees committees, Sectors sectors, Members members, Clock clock) {
        return new MemberRegistry(committees, sectors, members, clock);
    }

    @Produces
    @Singleton
    LiaisonGroupAdministration liaisonGroupAdministration(Committees committees, LiaisonGroups groups, Members members) {
        return new LiaisonGroupAdministration(committees, groups, members);
    }

    @Produces
    @Singleton
    WorkstationAdministration workstationAdministration(Committees committees, Workstations workstations, Members members) {
        return new WorkstationAdministration(committees, workstations, members);
    }

    // Duty files: the rule types are the library's own; an embedder adds theirs by replacing these producers.

    @Produces
    @Singleton
    ScoringRuleTypes scoringRuleTypes() {
        return ScoringRuleTypes.builtIn();
    }

    @Produces
    @Singleton
    DisciplineRuleTypes disciplineRuleTypes() {
        return DisciplineRuleTypes.builtIn();
    }

    @Produces
    @Singleton
    Activities activities() {
        return new JpaActivities(em);
    }

    @Produces
    @Singleton
    DutyEvents dutyEvents() {
        return new JpaDutyEvents(em);
    }

    @Produces
    @Singleton
    DutyReports dutyReports() {
        return new JpaDutyReports(em);
    }

    @Produces
    @Singleton
    ScoringSchemes scoringSchemes(ScoringRuleTypes types) {
        return new JpaScoringSchemes(em, types);
    }

    @Produces
    @Singleton
    DisciplinePolicies disciplinePolicies(DisciplineRuleTypes types) {
        return new JpaDisciplinePolicies(em, types);
    }

    @Produces
    @Singleton
    Findings findings() {
        return new JpaFindings(em);
    }

    @Produces
    @Singleton
    DutyRecorder dutyRecorder(Members members, DutyEvents events, Clock clock) {
        return new DutyRecorder(members, events, clock);
    }

    @Produces
    @Singleton
    ActivityAdministration activityAdministration(Committees committees, Sectors sectors, SpecialCommittees specialCommittees, Members members,
                                                  Activities activities, DutyRecorder recorder, Clock clock) {
        return new ActivityAdministration(committees, sectors, specialCommittees, members, activities, recorder, clock);
    }

    @Produces
    @Singleton
    DutyFacts dutyFacts(Members members, DutyEvents events, Activities activities, ScoringSchemes schemes) {
        return new DutyFacts(members, events, activities, schemes);
    }

    @Produces
    @Singleton
    DutyAssessment dutyAssessment(Committees committees, Members members, DutyEvents events, DutyFacts facts, ScoringSchemes schemes,
                                  DisciplinePolicies policies, Findings findings, ScoringRuleTypes scoringTypes, DisciplineRuleTypes disciplineTypes,
                                  Clock clock) {
        return new DutyAssessment(committees, members, events, facts, schemes, policies, findings, scoringTypes, disciplineTypes, clock);
    }

    @Produces
    @Singleton
    DutyReporting dutyReporting(Members members, DutyReports reports, Clock clock) {
        return new DutyReporting(members, reports, clock);
    }

    @Produces
    @Singleton
    ConsultationPlans consultationPlans() {
        return new JpaConsultationPlans(em);
    }

    @Produces
    @Singleton
    ConsultationActivities consultationActivities() {
        return new JpaConsultationActivities(em);
    }

    @Produces
    @Singleton
    ConsultationAdministration consultationAdministration(Committees committees, ConsultationPlans plans, ConsultationActivities activities,
                                                          ActivityAdministration meetings, OutcomeHandover outcomes, Clock clock) {
        return new ConsultationAdministration(committees, plans, activities, meetings, outcomes, clock);
    }

    @Produces
    @Singleton
    PublicSubmissions publicSubmissions() {
        return new JpaPublicSubmissions(em);
    }

    @Produces
    @Singleton
    PublicCallDesk publicCallDesk(ConsultationPlans plans, PublicSubmissions submissions, Clock clock) {
        return new PublicCallDesk(plans, submissions, clock);
    }

    @Produces
    @Singleton
    ScreeningCatalogues screeningCatalogues() {
        return new JpaScreeningCatalogues(em);
    }

    @Produces
    @Singleton
    WorkingCalendars workingCalendars() {
        return new JpaWorkingCalendars(em);
    }

    @Produces
    @Singleton
    CommitteeCalendars committeeCalendars(WorkingCalendars calendars) {
        return new CommitteeCalendars(calendars);
    }
}
