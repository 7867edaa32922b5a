package org.xieshang.app.interfaces.rest;

import java.util.Locale;
import java.util.Optional;
import org.xieshang.app.interfaces.rest.MemberJson.AppointmentRequest;
import org.xieshang.app.interfaces.rest.MemberJson.DecisionRequest;
import org.xieshang.app.interfaces.rest.MemberJson.MemberRequest;
import org.xieshang.domain.member.DecisionDraft;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;

/** Turns member requests into the domain's values. */
final class MemberRequests {

    private MemberRequests() {
    }

    /** @param current the stored profile, whose personal numbers an update that leaves them out keeps; null on registration */
    static MemberProfile profile(MemberRequest r, MemberProfile current) {
        return MemberProfile.builder()
                .name(r.name)
                .gender(Http.enumValue(Gender.class, r.gender, "gender"))
                .ethnicity(Http.enumValue(Ethnicity.class, r.ethnicity, "ethnicity"))
                .dateOfBirth(r.dateOfBirth)
                .party(Http.enumValue(PartyAffiliation.class, r.party, "party"))
                .residentIdNumber(r.residentIdNumber == null
                        ? current == null ? null : current.residentIdNumber().orElse(null)
                        : r.residentIdNumber.isBlank() ? null : ResidentIdNumber.parse(r.residentIdNumber))
                .region(r.region)
                .workUnit(r.workUnit)
                .post(r.post)
                .mobile(r.mobile == null
                        ? current == null ? null : current.mobile().orElse(null)
                        : r.mobile.isBlank() ? null : PhoneNumber.parse(r.mobile, "mobile"))
                .email(r.email)
                .address(r.address)
                .build();
    }

    static DecisionDraft appointment(AppointmentRequest r) {
        return draft(DecisionKind.APPOINTMENT, r);
    }

    static DecisionDraft decision(DecisionRequest r) {
        return draft(Http.enumValue(DecisionKind.class, r.kind, "kind"), r);
    }

    /** The effective day defaults to the day of the decision. */
    private static DecisionDraft draft(DecisionKind kind, AppointmentRequest r) {
        return new DecisionDraft(kind, r.termNumber, RequestIds.sector(r.sectorId, "sectorId"), r.decidedBy, r.decidedOn,
                r.effectiveOn == null ? r.decidedOn : r.effectiveOn, r.grounds, Optional.ofNullable(r.documentNumber));
    }

    /** @param sort {@code name} (pinyin) or {@code code}, optionally {@code ,asc} or {@code ,desc}; null for the default */
    static MemberQuery sorted(MemberQuery query, String sort) {
        if (sort == null || sort.isBlank()) {
            return query;
        }
        String[] parts = sort.strip().toLowerCase(Locale.ROOT).split(",");
        String direction = parts.length > 1 ? parts[1].strip() : "asc";
        if (parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            throw new ProblemException(400, "sort.invalid", "sort");
        }
        MemberSort by = switch (parts[0].strip()) {
            case "name" -> MemberSort.NAME;
            case "code" -> MemberSort.CODE;
            default -> throw new ProblemException(400, "sort.invalid", "sort");
        };
        return query.sortedBy(by, direction.equals("asc"));
    }
}
