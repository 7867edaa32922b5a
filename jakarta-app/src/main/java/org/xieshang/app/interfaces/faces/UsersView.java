package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.xieshang.app.application.security.UserService;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.IssuedPassword;
import org.xieshang.domain.security.NewAccount;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.PageRequest;

/**
 * The security administrator's accounts screen (用户管理) for the chosen committee: the accounts with their
 * roles and state, opening an account (its one-time password shown once), password reset, unlock, enable and
 * disable. Administrator roles are not offered: those accounts come only from the first start.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final String FORM = "userForm";
    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    CommitteeSelection selection;

    private String committeeId;
    private List<UserRow> rows;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String memberCode;
    private String unitId;
    private List<SelectItem> unitChoices;
    private String issuedPassword;

    @PostConstruct
    void init() {
        committeeId = selection.current().toString();
        rows = users.ofCommittee(CommitteeId.parse(committeeId), PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(UserRow::of).toList();
        unitChoices = null;
    }

    /** @return the committee's active handling units, for a unit's account; read once per load */
    public List<SelectItem> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = users.unitChoices(CommitteeId.parse(committeeId)).stream().map(u -> new SelectItem(u.id().toString(), u.name())).toList();
        }
        return unitChoices;
    }

    /** @return the roles an account can be given here */
    public List<SelectItem> getRoleChoices() {
        return Arrays.stream(Role.values()).filter(r -> !r.isAdministrator()).map(r -> new SelectItem(r.name(), Texts.label(r))).toList();
    }

    /** Opens the account and shows its one-time password once. */
    public void open() {
        try {
            EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
            roles.forEach(r -> chosen.add(Role.valueOf(r)));
            CommitteeId committee = CommitteeId.parse(committeeId);
            Optional<MemberId> member = Optional.ofNullable(memberCode).filter(c -> !c.isBlank()).map(code -> users.memberByCode(committee, code)
                    .orElseThrow(() -> new NotFoundException("member", "memberCode", code)));
            Optional<HandlingUnitId> unit = Optional.ofNullable(unitId).filter(id -> chosen.contains(Role.HANDLING_UNIT) && !id.isBlank())
                    .map(HandlingUnitId::parse);
            IssuedPassword issued = users.open(new NewAccount(committee, username, displayName, chosen, member, unit));
            showPassword(issued);
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            memberCode = null;
            unitId = null;
            init();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public void resetPassword(UserRow row) {
        act(row, (id) -> {
            showPassword(users.resetPassword(id, row.version()));
            return null;
        });
    }

    public void unlock(UserRow row) {
        act(row, id -> users.unlock(id, row.version()));
    }

    public void enable(UserRow row) {
        act(row, id -> users.enable(id, row.version()));
    }

    public void disable(UserRow row) {
        act(row, id -> users.disable(id, row.version()));
    }

    private void act(UserRow row, Function<UserId, UserAccount> action) {
        try {
            action.apply(UserId.parse(row.id()));
            FormErrors.confirm("users.done", row.username());
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
        init();
    }

    private void showPassword(IssuedPassword issued) {
        issuedPassword = new String(issued.oneTimePassword());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.text("users.issued", issued.account().username()), null));
    }

    /** @return the one-time password just issued, shown until the next action; null if none */
    public String getIssuedPassword() {
        String shown = issuedPassword;
        return shown;
    }

    /** Forgets the password after it was shown. */
    public void forgetPassword() {
        issuedPassword = null;
    }

    public List<UserRow> getRows() {
        return rows;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public void setMemberCode(String memberCode) {
        this.memberCode = memberCode;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }
}
