package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.sector.SectorId;

/** The member list's filter form: the same filters as the API's member list. */
public class MemberFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Integer termNumber;
    private String sectorId;
    private PartyAffiliation party;
    private Boolean standing;
    private Boolean current;
    private String region;

    /** @return the domain's query for these filters, sorted by name */
    MemberQuery toQuery(CommitteeId committeeId) {
        return MemberQuery.of(committeeId)
                .withNameContaining(name)
                .withTerm(termNumber)
                .withSector(sectorId == null || sectorId.isBlank() ? null : SectorId.parse(sectorId))
                .withParty(party)
                .withStanding(standing)
                .withCurrent(current)
                .withRegion(region);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getTermNumber() {
        return termNumber;
    }

    public void setTermNumber(Integer termNumber) {
        this.termNumber = termNumber;
    }

    public String getSectorId() {
        return sectorId;
    }

    public void setSectorId(String sectorId) {
        this.sectorId = sectorId;
    }

    public PartyAffiliation getParty() {
        return party;
    }

    public void setParty(PartyAffiliation party) {
        this.party = party;
    }

    public Boolean getStanding() {
        return standing;
    }

    public void setStanding(Boolean standing) {
        this.standing = standing;
    }

    public Boolean getCurrent() {
        return current;
    }

    public void setCurrent(Boolean current) {
        this.current = current;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
