package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.SectorService;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;

/** A member's detail page (委员详情): personal details, memberships and decisions. */
@Named
@ViewScoped
public class MemberDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    SectorService sectors;

    private String id;
    private MemberDetail member;
    private boolean revealable;
    private boolean revealed;

    /** Loads the member named by the {@code id} parameter; answers 404 for an unknown one, 403 for one not the user's to see. */
    public void load() {
        Member found = Pages.memberOrNotFound(members, id);
        if (found != null) {
            member = MemberDetail.of(found, sectorNames(found));
            revealable = members.mayReveal(found);
        }
    }

    /** Shows the resident ID and mobile numbers in full; the read is audited. */
    public void reveal() {
        Member found = members.revealPersonalData(MemberId.parse(id), "member.xhtml");
        member = MemberDetail.of(found, sectorNames(found), true);
        revealed = true;
    }

    private Map<SectorId, String> sectorNames(Member found) {
        return sectors.listOf(found.committeeId()).stream().collect(Collectors.toMap(Sector::id, Sector::name));
    }

    public boolean isRevealable() {
        return revealable && !revealed;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MemberDetail getMember() {
        return member;
    }
}
