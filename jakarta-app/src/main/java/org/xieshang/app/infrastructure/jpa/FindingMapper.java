package org.xieshang.app.infrastructure.jpa;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingDecision;
import org.xieshang.domain.duty.discipline.FindingDraft;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;

/** Maps findings to and from {@link FindingEntity}; arguments and evidence are short lists in one column each. */
final class FindingMapper implements Mapping<FindingEntity, Finding> {

    @Override
    public String kind() {
        return "finding";
    }

    @Override
    public Class<FindingEntity> entityType() {
        return FindingEntity.class;
    }

    @Override
    public FindingEntity newEntity() {
        return new FindingEntity();
    }

    @Override
    public void copy(Finding finding, FindingEntity entity) {
        entity.id = finding.id().toString();
        entity.committeeId = finding.committeeId().toString();
        entity.memberId = finding.memberId().toString();
        entity.termNumber = finding.termNumber();
        entity.year = finding.year();
        entity.kind = finding.kind();
        entity.ruleType = finding.found().ruleType();
        entity.explanation = finding.found().explanation();
        entity.arguments = TextCodec.list(finding.found().arguments());
        entity.evidence = TextCodec.list(finding.evidence().stream().map(SourceRef::toString).toList());
        entity.raisedAt = finding.raisedAt();
        FindingDecision decision = finding.decision().orElse(null);
        entity.outcome = decision == null ? null : decision.outcome();
        entity.reason = decision == null ? null : decision.reason();
        entity.decidedBy = decision == null ? null : decision.decidedBy();
        entity.decidedAt = decision == null ? null : decision.decidedAt();
        entity.membershipDecisionId = decision == null ? null : decision.membershipDecision().map(Object::toString).orElse(null);
    }

    @Override
    public Finding toDomain(FindingEntity entity) {
        List<SourceRef> evidence = TextCodec.list(entity.evidence).stream().map(FindingMapper::source).toList();
        FindingDraft found = new FindingDraft(entity.kind, entity.ruleType, entity.explanation, TextCodec.list(entity.arguments), evidence);
        Optional<FindingDecision> decision = entity.outcome == null ? Optional.empty()
                : Optional.of(new FindingDecision(entity.outcome, entity.reason, entity.decidedBy, entity.decidedAt,
                Optional.ofNullable(entity.membershipDecisionId).map(DecisionId::parse)));
        return Finding.restore(FindingId.parse(entity.id), CommitteeId.parse(entity.committeeId), MemberId.parse(entity.memberId), entity.termNumber,
                entity.year, found, entity.raisedAt, decision, entity.version);
    }

    private static SourceRef source(String text) {
        int colon = text.indexOf(':');
        return new SourceRef(SourceType.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public String idOf(Finding finding) {
        return finding.id().toString();
    }

    @Override
    public long versionOf(Finding finding) {
        return finding.version();
    }

    @Override
    public long entityVersion(FindingEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(Finding finding) {
        return new DuplicateException("finding.duplicate", "kind", finding.kind(), finding.year());
    }
}
