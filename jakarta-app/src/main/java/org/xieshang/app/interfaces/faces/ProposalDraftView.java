package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.xieshang.app.application.proposal.MemberName;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;

/**
 * The member's proposal editor on "my proposals": a new draft or a draft of the member's own (title, 案由, 建议, category,
 * origin), co-signers invited from the committee's current members, and the draft submitted to the proposal office.
 * Saving before submitting keeps what was typed even when the submission is refused.
 */
@Named
@ViewScoped
public class ProposalDraftView implements Serializable {

    static final String FORM = "draftForm";
    static final String INVITE_FORM = "inviteForm";
    private static final long serialVersionUID = 1L;

    @Inject
    MyProposalsView mine;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private boolean editing;
    private String id;
    private long version;
    private String title;
    private String grounds;
    private String suggestions;
    private ProposalCategory category;
    private ProposalOrigin origin = ProposalOrigin.PLENARY_SESSION;
    private List<ProposalDetail.Party> coSigners = List.of();
    private List<SelectItem> candidates = List.of();
    private List<String> toInvite = new ArrayList<>();

    /** Opens an empty draft. */
    public void startNew() {
        editing = true;
        id = null;
        version = 0;
        title = null;
        grounds = null;
        suggestions = null;
        category = null;
        origin = ProposalOrigin.PLENARY_SESSION;
        coSigners = List.of();
        candidates = List.of();
    }

    /** Opens one of the member's drafts. */
    public void edit(MyProposalRow row) {
        try {
            show(proposals.get(ProposalId.parse(row.getProposal().getId())));
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    private void show(Proposal draft) {
        editing = true;
        id = draft.id().toString();
        version = draft.version();
        title = draft.content().title();
        grounds = draft.content().grounds();
        suggestions = draft.content().suggestions();
        category = draft.content().category();
        origin = draft.origin();
        ProposalNames names = new ProposalNames(views);
        coSigners = draft.coSigners().stream().map(c -> new ProposalDetail.Party(names.member(c.memberId()), Texts.label(c.status()))).toList();
        candidates = proposals.coSignerCandidates(draft.id()).stream().sorted(Comparator.comparing(MemberName::name, NameCollation.pinyinOrder()))
                .map(m -> new SelectItem(m.id().toString(), m.name())).toList();
        toInvite = new ArrayList<>();
    }

    /** Saves the draft: a new one for the year chosen above, or the changes to the one open. */
    public void save() {
        try {
            show(saved());
            FormErrors.confirm("my-proposals.saved", title);
            mine.reload();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    private Proposal saved() {
        ProposalContent content = new ProposalContent(title, grounds, suggestions, category);
        Proposer proposer = Proposer.member(mine.memberId());
        return id == null ? proposals.draft(mine.committeeId(), mine.getYear(), origin, proposer, content)
                : proposals.edit(ProposalId.parse(id), version, proposer, content);
    }

    /** Invites the members chosen to co-sign, one after another; those invited before a refusal stay invited. */
    public void invite() {
        try {
            Proposal draft = null;
            for (String member : toInvite) {
                draft = proposals.inviteCoSigner(ProposalId.parse(id), version, MemberId.parse(member));
                version = draft.version();
            }
            if (draft != null) {
                FormErrors.confirm("my-proposals.invited", toInvite.size());
                show(draft);
                mine.reload();
            }
        } catch (DomainException e) {
            FormErrors.show(INVITE_FORM, e);
        }
    }

    /** Saves what was typed and hands the draft in; invitations not answered by then lapse. */
    public void submit() {
        try {
            Proposal draft = saved();
            show(draft);
            Proposal submitted = proposals.submit(draft.id(), draft.version());
            FormErrors.confirm("my-proposals.submitted", submitted.content().title());
            editing = false;
            id = null;
            mine.reload();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public void close() {
        editing = false;
        id = null;
    }

    public List<SelectItem> getCategories() {
        return Arrays.stream(ProposalCategory.values()).map(c -> new SelectItem(c, Texts.label(c))).toList();
    }

    public List<SelectItem> getOrigins() {
        return Arrays.stream(ProposalOrigin.values()).map(o -> new SelectItem(o, Texts.label(o))).toList();
    }

    public boolean isEditing() {
        return editing;
    }

    /** @return whether the draft is stored, so that co-signers may be invited to it */
    public boolean isStored() {
        return id != null;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String suggestions) {
        this.suggestions = suggestions;
    }

    public ProposalCategory getCategory() {
        return category;
    }

    public void setCategory(ProposalCategory category) {
        this.category = category;
    }

    public ProposalOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(ProposalOrigin origin) {
        this.origin = origin;
    }

    public List<ProposalDetail.Party> getCoSigners() {
        return coSigners;
    }

    public List<SelectItem> getCandidates() {
        return candidates;
    }

    public List<String> getToInvite() {
        return toInvite;
    }

    public void setToInvite(List<String> toInvite) {
        this.toInvite = toInvite == null ? new ArrayList<>() : new ArrayList<>(toInvite);
    }
}
