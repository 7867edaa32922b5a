package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.SectorService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;

/**
 * Registers a member of the chosen committee (with the appointment for a term), or edits a member's personal
 * details. The domain checks everything; its errors show beside the fields and nothing is saved.
 */
@Named
@ViewScoped
public class MemberEditView implements Serializable {

    private static final String FORM = "memberForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    SectorService sectors;

    @Inject
    MemberService members;

    private String id;
    private long version;
    private String committeeId;
    private String committeeName;
    private MemberForm form;
    private List<SelectItem> termOptions;
    private List<SelectItem> sectorOptions;

    /** Prepares an empty form for a new member, or the member's details when the {@code id} parameter names one. */
    public void load() {
        if (form != null || !isEditing() && selection.current() == null) {
            return;
        }
        if (isEditing()) {
            Member member = Pages.memberOrNotFound(members, id);
            if (member == null) {
                return;
            }
            version = member.version();
            if (members.mayReveal(member)) {
                member = members.revealPersonalData(member.id(), "member-edit.xhtml");
                form = MemberForm.of(member.code().value(), member.profile());
            } else {
                // Without the permission the numbers stay hidden: empty fields keep the stored ones, a new value replaces them.
                form = MemberForm.of(member.code().value(), member.profile()).withHiddenPersonalNumbers();
            }
            prepareFor(committees.get(member.committeeId()));
        } else {
            form = new MemberForm();
            Committee committee = committees.get(selection.current());
            prepareFor(committee);
            committee.latestTerm().map(Term::number).ifPresent(form.getAppointment()::setTermNumber);
            form.getAppointment().setDecidedOn(committees.today());
        }
    }

    private void prepareFor(Committee committee) {
        committeeId = committee.id().toString();
        committeeName = committee.name();
        termOptions = Options.terms(committee);
        sectorOptions = Options.sectors(sectors.listOf(committee.id()));
    }

    /** @return the member's page after saving; null to stay on the form with the errors */
    public String save() {
        try {
            Member saved = isEditing()
                    ? members.updateProfile(MemberId.parse(id), version, form.toProfile(members.get(MemberId.parse(id)).profile()))
                    : members.register(CommitteeId.parse(committeeId), MemberCode.of(form.getCode()), form.toProfile(), form.toAppointment());
            FormErrors.confirmAfterRedirect("member.saved", saved.profile().name());
            return Pages.memberPage(saved.id());
        } catch (DomainException e) {
            // Includes a concurrent edit, which has no field and shows at the top: reload and decide again.
            FormErrors.show(FORM, e);
            return null;
        }
    }

    public boolean isEditing() {
        return id != null && !id.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public MemberForm getForm() {
        return form;
    }

    public List<SelectItem> getTermOptions() {
        return termOptions;
    }

    public List<SelectItem> getSectorOptions() {
        return sectorOptions;
    }
}
