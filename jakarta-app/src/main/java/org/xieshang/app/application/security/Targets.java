package org.xieshang.app.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xieshang.app.application.proposal.ProposalAccess;
import org.xieshang.app.application.socialreport.SocialReportAccess;
import org.xieshang.app.application.webhook.Webhook;
import org.xieshang.app.application.webhook.Webhooks;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventId;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportId;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.security.UserId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Ids;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReports;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittees;
import org.xieshang.domain.workstation.WorkstationId;
import org.xieshang.domain.workstation.Workstations;

/**
 * What a record identifier points to, as far as access is concerned: its committee and, for a member, the
 * member; for a handling unit, the unit. Reads storage directly, so it reveals nothing but existence (an unknown id is 404 for everyone).
 */
@ApplicationScoped
@Transactional
public class Targets {

    /** The kinds of record an identifier in a request can name. */
    public enum Kind {
        COMMITTEE, MEMBER, SECTOR, SECTOR_GROUP, SPECIAL_COMMITTEE, LIAISON_GROUP, WORKSTATION, USER, ACTIVITY, FINDING,
        /** A duty event or a duty report: the member's record it belongs to. */
        DUTY_EVENT, DUTY_REPORT,
        /** A consultation activity: its leading committee. */
        CONSULTATION_ACTIVITY,
        /** A handling unit's record: its committee, and the unit itself, so that a unit's own account may read it. */
        HANDLING_UNIT,
        /** A proposal: the member's own record if the member leads or co-signs it, the user's unit if assigned there, else its committee. */
        PROPOSAL,
        /** A social-condition report: the member's own record if the member wrote it (alone or as a co-author), else its committee. */
        SOCIAL_REPORT,
        /** An integrator's webhook: its committee. */
        WEBHOOK,
        /** The signed-in user's own committee, for endpoints that name no record (the audit trail, accounts). */
        OWN_COMMITTEE
    }

    @Inject
    CurrentUser user;

    @Inject
    UserAccounts accounts;

    @Inject
    Committees committees;

    @Inject
    Members members;

    @Inject
    Sectors sectors;

    @Inject
    SectorGroups sectorGroups;

    @Inject
    SpecialCommittees specialCommittees;

    @Inject
    HandlingUnits handlingUnits;

    @Inject
    LiaisonGroups liaisonGroups;

    @Inject
    Workstations workstations;

    @Inject
    Activities activities;

    @Inject
    Findings findings;

    @Inject
    ConsultationActivities consultations;

    @Inject
    DutyEvents dutyEvents;

    @Inject
    DutyReports dutyReports;

    @Inject
    Proposals proposals;

    @Inject
    ProposalAccess proposalAccess;

    @Inject
    SocialReports socialReports;

    @Inject
    SocialReportAccess socialReportAccess;

    @Inject
    Webhooks webhooks;

    /**
     * @param kind what the identifier names, not null
     * @param id   the identifier as text, may be null
     * @return the target, never null
     * @throws org.xieshang.domain.shared.NotFoundException if there is no such record (or the id is malformed)
     */
    public Target of(Kind kind, String id) {
        return switch (kind) {
            case COMMITTEE -> Target.committee(committees.require(CommitteeId.parse(id)).id());
            case MEMBER -> {
                Member member = members.require(MemberId.parse(id));
                yield Target.memberRecord(member.committeeId(), member.id());
            }
            case SECTOR -> Target.committee(sectors.require(SectorId.parse(id)).committeeId());
            case SECTOR_GROUP -> Target.committee(sectorGroups.require(SectorGroupId.parse(id)).committeeId());
            case SPECIAL_COMMITTEE -> Target.committee(specialCommittees.require(SpecialCommitteeId.parse(id)).committeeId());
            case LIAISON_GROUP -> Target.committee(liaisonGroups.require(LiaisonGroupId.parse(id)).committeeId());
            case WORKSTATION -> Target.committee(workstations.require(WorkstationId.parse(id)).committeeId());
            case USER -> Target.committee(accounts.require(UserId.parse(id)).committeeId());
            case ACTIVITY -> Target.committee(activities.require(ActivityId.parse(id)).committeeId());
            case FINDING -> Target.committee(findings.require(FindingId.parse(id)).committeeId());
            case CONSULTATION_ACTIVITY -> Target.committee(consultations.require(ConsultationActivityId.parse(id)).committeeId());
            case HANDLING_UNIT -> {
                HandlingUnit unit = handlingUnits.require(HandlingUnitId.parse(id));
                yield Target.assignedTo(unit.committeeId(), unit.id());
            }
            case DUTY_EVENT -> {
                DutyEvent event = dutyEvents.require(DutyEventId.parse(id));
                yield Target.memberRecord(event.committeeId(), event.memberId());
            }
            case DUTY_REPORT -> {
                DutyReport report = dutyReports.require(DutyReportId.parse(id));
                yield Target.memberRecord(report.committeeId(), report.memberId());
            }
            case PROPOSAL -> proposalAccess.targetOf(proposals.require(ProposalId.parse(id)));
            case SOCIAL_REPORT -> socialReportAccess.targetOf(socialReports.require(SocialReportId.parse(id)));
            case WEBHOOK -> Target.committee(webhook(id).committeeId());
            case OWN_COMMITTEE -> Target.committee(user.subject().committeeId());
        };
    }

    private Webhook webhook(String id) {
        try {
            return webhooks.find(Ids.parse(id, "id")).orElseThrow(() -> new NotFoundException("webhook", null, id));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            throw new NotFoundException("webhook", null, id);
        }
    }
}
