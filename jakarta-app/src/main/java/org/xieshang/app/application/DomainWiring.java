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
import org.xieshang.app.infrastructure.jpa.JpaCommittees;
import org.xieshang.app.infrastructure.jpa.JpaLiaisonGroups;
import org.xieshang.app.infrastructure.jpa.JpaMembers;
import org.xieshang.app.infrastructure.jpa.JpaSectorGroups;
import org.xieshang.app.infrastructure.jpa.JpaSectors;
import org.xieshang.app.infrastructure.jpa.JpaSpecialCommittees;
import org.xieshang.app.infrastructure.jpa.JpaWorkstations;
import org.xieshang.domain.committee.CommitteeAdministration;
import org.xieshang.domain.committee.Committees;
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
}
