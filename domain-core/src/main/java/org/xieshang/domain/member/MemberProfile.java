package org.xieshang.domain.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * Who a member is: personal details, affiliation, work and contact. Immutable and thread-safe; build one
 * with {@link #builder()} or change one with {@link #toBuilder()}.
 *
 * <p>Invariants: name, gender, ethnicity, date of birth, party affiliation and work unit are present; a
 * resident ID number, if given, encodes the same date of birth and gender.
 */
public final class MemberProfile {

    /** Longest name. */
    public static final int NAME_MAX = 50;
    /** Longest region, work unit or post. */
    public static final int TEXT_MAX = 100;
    /** Longest address. */
    public static final int ADDRESS_MAX = 200;
    /** Longest e-mail address. */
    public static final int EMAIL_MAX = 100;

    private final String name;
    private final Gender gender;
    private final Ethnicity ethnicity;
    private final LocalDate dateOfBirth;
    private final PartyAffiliation party;
    private final ResidentIdNumber residentIdNumber;
    private final String region;
    private final String workUnit;
    private final String post;
    private final PhoneNumber mobile;
    private final String email;
    private final String address;

    private MemberProfile(Builder b) {
        this.name = Guard.text(b.name, "name", NAME_MAX);
        this.gender = Guard.required(b.gender, "gender");
        this.ethnicity = Guard.required(b.ethnicity, "ethnicity");
        this.dateOfBirth = Guard.required(b.dateOfBirth, "dateOfBirth");
        Guard.check(dateOfBirth.getYear() >= 1900, "member.date-of-birth.implausible", "dateOfBirth");
        this.party = Guard.required(b.party, "party");
        this.residentIdNumber = b.residentIdNumber;
        if (residentIdNumber != null) {
            Guard.check(residentIdNumber.birthDate().equals(dateOfBirth), "resident-id.birth-date-mismatch", "residentIdNumber");
            Guard.check(residentIdNumber.gender() == gender, "resident-id.gender-mismatch", "residentIdNumber");
        }
        this.region = Guard.optionalText(b.region, "region", TEXT_MAX);
        this.workUnit = Guard.text(b.workUnit, "workUnit", TEXT_MAX);
        this.post = Guard.optionalText(b.post, "post", TEXT_MAX);
        this.mobile = b.mobile;
        this.email = Guard.optionalText(b.email, "email", EMAIL_MAX);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("email.format", "email");
        }
        this.address = Guard.optionalText(b.address, "address", ADDRESS_MAX);
    }

    /** @return an empty builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this profile's values, never null */
    public Builder toBuilder() {
        return new Builder().name(name).gender(gender).ethnicity(ethnicity).dateOfBirth(dateOfBirth).party(party)
                .residentIdNumber(residentIdNumber).region(region).workUnit(workUnit).post(post).mobile(mobile)
                .email(email).address(address);
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the gender, never null */
    public Gender gender() {
        return gender;
    }

    /** @return the ethnic group, never null */
    public Ethnicity ethnicity() {
        return ethnicity;
    }

    /** @return the date of birth, never null */
    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** @return the party affiliation, never null */
    public PartyAffiliation party() {
        return party;
    }

    /** @return the resident ID number, if recorded */
    public Optional<ResidentIdNumber> residentIdNumber() {
        return Optional.ofNullable(residentIdNumber);
    }

    /** @return the region (区域) the member belongs to, if recorded */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** @return the work unit, never null */
    public String workUnit() {
        return workUnit;
    }

    /** @return the post at the work unit, if recorded */
    public Optional<String> post() {
        return Optional.ofNullable(post);
    }

    /** @return the mobile phone number, if recorded */
    public Optional<PhoneNumber> mobile() {
        return Optional.ofNullable(mobile);
    }

    /** @return the e-mail address, if recorded */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return the postal address, if recorded */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberProfile other && name.equals(other.name) && gender == other.gender && ethnicity == other.ethnicity
                && dateOfBirth.equals(other.dateOfBirth) && party == other.party && Objects.equals(residentIdNumber, other.residentIdNumber)
                && Objects.equals(region, other.region) && workUnit.equals(other.workUnit) && Objects.equals(post, other.post)
                && Objects.equals(mobile, other.mobile) && Objects.equals(email, other.email) && Objects.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dateOfBirth, workUnit);
    }

    /** @return the name only: the rest is personal data that does not belong in logs */
    @Override
    public String toString() {
        return "MemberProfile[" + name + "]";
    }

    /** Collects a profile's values; {@link #build()} validates them all. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Gender gender;
        private Ethnicity ethnicity;
        private LocalDate dateOfBirth;
        private PartyAffiliation party;
        private ResidentIdNumber residentIdNumber;
        private String region;
        private String workUnit;
        private String post;
        private PhoneNumber mobile;
        private String email;
        private String address;

        private Builder() {
        }

        /** @param value the name @return this builder */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value the gender @return this builder */
        public Builder gender(Gender value) {
            this.gender = value;
            return this;
        }

        /** @param value the ethnic group @return this builder */
        public Builder ethnicity(Ethnicity value) {
            this.ethnicity = value;
            return this;
        }

        /** @param value the date of birth @return this builder */
        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        /** @param value the party affiliation @return this builder */
        public Builder party(PartyAffiliation value) {
            this.party = value;
            return this;
        }

        /** @param value the resident ID number, or null @return this builder */
        public Builder residentIdNumber(ResidentIdNumber value) {
            this.residentIdNumber = value;
            return this;
        }

        /** @param value the region, or null @return this builder */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /** @param value the work unit @return this builder */
        public Builder workUnit(String value) {
            this.workUnit = value;
            return this;
        }

        /** @param value the post, or null @return this builder */
        public Builder post(String value) {
            this.post = value;
            return this;
        }

        /** @param value the mobile number, or null @return this builder */
        public Builder mobile(PhoneNumber value) {
            this.mobile = value;
            return this;
        }

        /** @param value the e-mail address, or null @return this builder */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** @param value the postal address, or null @return this builder */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /**
         * @return the profile, never null
         * @throws DomainException naming the first invalid field
         */
        public MemberProfile build() {
            return new MemberProfile(this);
        }
    }
}
