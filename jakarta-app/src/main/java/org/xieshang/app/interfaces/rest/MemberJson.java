package org.xieshang.app.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.member.StandingRole;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;

/**
 * JSON shapes of members, memberships and membership decisions. Resident ID and phone numbers are
 * shown masked; requests carry no server-owned fields (identifier, committee, status, version).
 */
interface MemberJson {

    record MemberView(String id, String committeeId, String code, String name, String gender, String ethnicity, LocalDate dateOfBirth,
                      String party, String residentIdNumber, String region, String workUnit, String post, String mobile, String email,
                      String address, List<MembershipView> memberships, long version) {
        static MemberView of(Member m) {
            MemberProfile p = m.profile();
            return new MemberView(m.id().toString(), m.committeeId().toString(), m.code().value(), p.name(), p.gender().name(),
                    p.ethnicity().name(), p.dateOfBirth(), p.party().name(), p.residentIdNumber().map(ResidentIdNumber::masked).orElse(null),
                    p.region().orElse(null), p.workUnit(), p.post().orElse(null), p.mobile().map(PhoneNumber::masked).orElse(null),
                    p.email().orElse(null), p.address().orElse(null), m.memberships().stream().map(MembershipView::of).toList(), m.version());
        }
    }

    record MembershipView(int termNumber, String sectorId, String kind, String status, LocalDate since, LocalDate endedOn, boolean standing,
                          List<StandingRoleView> standingRoles) {
        static MembershipView of(TermMembership t) {
            return new MembershipView(t.termNumber(), t.sectorId().toString(), t.kind().name(), t.status().name(), t.sinceInclusive(),
                    t.endedOn().orElse(null), t.isStanding(), t.standingRoles().stream().map(StandingRoleView::of).toList());
        }
    }

    record StandingRoleView(LocalDate from, LocalDate until) {
        static StandingRoleView of(StandingRole r) {
            return new StandingRoleView(r.fromInclusive(), r.untilInclusive().orElse(null));
        }
    }

    record DecisionView(String id, String kind, int termNumber, String sectorId, String decidedBy, LocalDate decidedOn,
                        LocalDate effectiveOn, String grounds, String documentNumber, Instant recordedAt) {
        static DecisionView of(MembershipDecision d) {
            return new DecisionView(d.id().toString(), d.kind().name(), d.termNumber(), d.sectorId().map(SectorId::toString).orElse(null),
                    d.decidedBy(), d.decidedOn(), d.effectiveOn(), d.grounds(), d.documentNumber().orElse(null), d.recordedAt());
        }
    }

    /**
     * A member's details: to register one (code required, appointment optional) or to update one (code and
     * appointment ignored: the code is fixed, appointments are decisions). On update, an absent resident ID
     * or mobile number keeps the stored one (clients only ever see them masked); an empty string removes it.
     */
    class MemberRequest {
        @Size(max = 20)
        public String code;
        @NotBlank
        @Size(max = 50)
        public String name;
        /** MALE or FEMALE. */
        @NotBlank
        public String gender;
        /** One of the 56 groups, such as HAN or HUI. */
        @NotBlank
        public String ethnicity;
        @NotNull
        public LocalDate dateOfBirth;
        /** CPC, RCCK, CDL, CNDCA, CAPD, CPWDP, CZGP, JIUSAN, TDSGL, NON_PARTY or MASSES. */
        @NotBlank
        public String party;
        @Size(max = 18)
        public String residentIdNumber;
        @Size(max = 100)
        public String region;
        @NotBlank
        @Size(max = 100)
        public String workUnit;
        @Size(max = 100)
        public String post;
        @Size(max = 20)
        public String mobile;
        @Size(max = 100)
        public String email;
        @Size(max = 200)
        public String address;
        @Valid
        public AppointmentRequest appointment;
    }

    /** The fields of every membership decision; on its own, the appointment that may come with a registration. */
    class AppointmentRequest {
        @NotNull
        @Min(1)
        @Max(99)
        public Integer termNumber;
        /** For appointments and sector reassignments only. */
        public String sectorId;
        @NotBlank
        @Size(max = 50)
        public String decidedBy;
        @NotNull
        public LocalDate decidedOn;
        /** Defaults to the decision date. */
        public LocalDate effectiveOn;
        @NotBlank
        @Size(max = 1000)
        public String grounds;
        @Size(max = 50)
        public String documentNumber;
    }

    /** A membership decision: its kind and the fields every decision has. */
    class DecisionRequest extends AppointmentRequest {
        /** APPOINTMENT, TAKING_OFFICE, SECTOR_REASSIGNMENT, RESIGNATION, ASKED_TO_RESIGN, ORDERED_TO_RESIGN, REVOCATION, DECEASE,
         *  STANDING_APPOINTMENT, STANDING_RESIGNATION or STANDING_ORDERED_TO_RESIGN. */
        @NotBlank
        public String kind;
    }
}
