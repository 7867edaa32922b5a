package org.xieshang.domain.proposal;

import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Recipient;

/**
 * Who hears of a change: the proposer and co-signers whenever the status changes (not of their own submission), an
 * invited member of the invitation, and the units of an assignment, a decided extension or a second round.
 */
final class ProposalNotices {

    private ProposalNotices() {
    }

    static List<Notice> of(Proposal before, Proposal after) {
        Transition last = after.history().get(after.history().size() - 1);
        SourceRef source = SourceRef.of(SourceType.PROPOSAL, after.id());
        List<Notice> notices = new ArrayList<>();
        if (before.status() != after.status() && last.action() != ProposalAction.SUBMIT) {
            for (MemberId member : after.signatories()) {
                notices.add(new Notice(after.committeeId(), Recipient.member(member), "notice.proposal.status",
                        List.of(after.content().title(), after.status()), source, last.at()));
            }
        }
        switch (last.action()) {
            case INVITE_CO_SIGNER -> after.coSigners().stream().filter(c -> before.coSigner(c.memberId()).isEmpty()).forEach(c ->
                    notices.add(new Notice(after.committeeId(), Recipient.member(c.memberId()), "notice.proposal.invitation",
                            List.of(after.content().title()), source, last.at())));
            case ASSIGN, REHANDLE -> after.handling().orElseThrow().tasks().forEach(task ->
                    notices.add(new Notice(after.committeeId(), Recipient.unit(task.unitId()), "notice.proposal.assigned",
                            List.of(after.content().title(), task.role(), after.deadline().orElseThrow()), source, last.at())));
            case DECIDE_EXTENSION -> notices.add(new Notice(after.committeeId(), Recipient.unit(after.handling().orElseThrow().lead().unitId()),
                    "notice.proposal.extension", List.of(after.content().title(), after.deadline().orElseThrow()), source, last.at()));
            default -> {
            }
        }
        return notices;
    }
}
