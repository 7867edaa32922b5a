package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.member.DecisionDraft;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;

/**
 * The create/edit member form: personal details and, for a new member, the appointment for a term. Its
 * property names are the domain's field names, so the domain's errors land beside the right input.
 */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private Gender gender;
    private Ethnicity ethnicity = Ethnicity.HAN;
    private LocalDate dateOfBirth;
    private PartyAffiliation party;
    private ResidentIdNumber residentIdNumber;
    private String region;
    private String workUnit;
    private String post;
    private PhoneNumber mobile;
    private String maskedResidentIdNumber;
    private String maskedMobile;
    private String email;
    private String address;

    private boolean appoint = true;
    private final DecisionForm appointment = DecisionForm.appointment();

    static MemberForm of(String code, MemberProfile profile) {
        MemberForm form = new MemberForm();
        form.code = code;
        form.name = profile.name();
        form.gender = profile.gender();
        form.ethnicity = profile.ethnicity();
        form.dateOfBirth = profile.dateOfBirth();
        form.party = profile.party();
        form.residentIdNumber = profile.residentIdNumber().orElse(null);
        form.region = profile.region().orElse(null);
        form.workUnit = profile.workUnit();
        form.post = profile.post().orElse(null);
        form.mobile = profile.mobile().orElse(null);
        form.email = profile.email().orElse(null);
        form.address = profile.address().orElse(null);
        form.appoint = false;
        return form;
    }

    /** @return this form with the personal numbers emptied and shown only as masked hints */
    MemberForm withHiddenPersonalNumbers() {
        maskedResidentIdNumber = residentIdNumber == null ? null : residentIdNumber.masked();
        maskedMobile = mobile == null ? null : mobile.masked();
        residentIdNumber = null;
        mobile = null;
        return this;
    }

    /**
     * @param stored the stored profile, whose hidden numbers an empty field keeps
     * @return the profile to save
     */
    MemberProfile toProfile(MemberProfile stored) {
        MemberProfile edited = toProfile();
        MemberProfile.Builder builder = edited.toBuilder();
        if (maskedResidentIdNumber != null && residentIdNumber == null) {
            builder.residentIdNumber(stored.residentIdNumber().orElse(null));
        }
        if (maskedMobile != null && mobile == null) {
            builder.mobile(stored.mobile().orElse(null));
        }
        return builder.build();
    }

    /** @return the masked resident ID number shown as a hint while the full one is hidden, or null */
    public String getMaskedResidentIdNumber() {
        return maskedResidentIdNumber;
    }

    /** @return the masked mobile number shown as a hint while the full one is hidden, or null */
    public String getMaskedMobile() {
        return maskedMobile;
    }

    /** @throws org.xieshang.domain.shared.DomainException naming the first invalid field */
    MemberProfile toProfile() {
        return MemberProfile.builder().name(name).gender(gender).ethnicity(ethnicity).dateOfBirth(dateOfBirth).party(party)
                .residentIdNumber(residentIdNumber).region(region).workUnit(workUnit).post(post).mobile(mobile).email(email).address(address)
                .build();
    }

    /** @return the appointment to record with the registration, if the clerk asked for one */
    Optional<DecisionDraft> toAppointment() {
        if (!appoint) {
            return Optional.empty();
        }
        return Optional.of(appointment.toDraft());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public PartyAffiliation getParty() {
        return party;
    }

    public void setParty(PartyAffiliation party) {
        this.party = party;
    }

    public ResidentIdNumber getResidentIdNumber() {
        return residentIdNumber;
    }

    public void setResidentIdNumber(ResidentIdNumber residentIdNumber) {
        this.residentIdNumber = residentIdNumber;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public PhoneNumber getMobile() {
        return mobile;
    }

    public void setMobile(PhoneNumber mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** @return the appointment recorded with a registration */
    public DecisionForm getAppointment() {
        return appointment;
    }

    public boolean isAppoint() {
        return appoint;
    }

    public void setAppoint(boolean appoint) {
        this.appoint = appoint;
    }

}
