package org.xieshang.app.infrastructure.jpa;

import java.util.Comparator;
import java.util.List;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.PlenarySession;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;

/** Maps committees, with their terms and sessions, to and from {@link CommitteeEntity}. */
final class CommitteeMapper implements Mapping<CommitteeEntity, Committee> {

    @Override
    public String kind() {
        return "committee";
    }

    @Override
    public Class<CommitteeEntity> entityType() {
        return CommitteeEntity.class;
    }

    @Override
    public CommitteeEntity newEntity() {
        return new CommitteeEntity();
    }

    @Override
    public void copy(Committee committee, CommitteeEntity entity) {
        entity.id = committee.id().toString();
        entity.name = committee.name();
        entity.nameSortKey = NameCollation.sortKey(committee.name());
        entity.level = committee.level();
        entity.parentId = committee.parentId().map(CommitteeId::toString).orElse(null);
        entity.region = committee.region();
        entity.terms.clear();
        entity.sessions.clear();
        for (Term term : committee.terms()) {
            CommitteeEntity.TermRow row = new CommitteeEntity.TermRow();
            row.number = term.number();
            row.startInclusive = term.startInclusive();
            row.endInclusive = term.endInclusive();
            entity.terms.add(row);
            for (PlenarySession session : term.sessions()) {
                CommitteeEntity.SessionRow sessionRow = new CommitteeEntity.SessionRow();
                sessionRow.termNumber = term.number();
                sessionRow.number = session.number();
                sessionRow.startInclusive = session.startInclusive();
                sessionRow.endInclusive = session.endInclusive();
                entity.sessions.add(sessionRow);
            }
        }
    }

    @Override
    public Committee toDomain(CommitteeEntity entity) {
        List<Term> terms = entity.terms.stream()
                .map(row -> new Term(row.number, row.startInclusive, row.endInclusive, entity.sessions.stream()
                        .filter(s -> s.termNumber == row.number)
                        .sorted(Comparator.comparingInt(s -> s.number))
                        .map(s -> new PlenarySession(s.number, s.startInclusive, s.endInclusive))
                        .toList()))
                .toList();
        return Committee.restore(CommitteeId.parse(entity.id), entity.name, entity.level,
                entity.parentId == null ? null : CommitteeId.parse(entity.parentId), entity.region, terms, entity.version);
    }

    @Override
    public String idOf(Committee committee) {
        return committee.id().toString();
    }

    @Override
    public long versionOf(Committee committee) {
        return committee.version();
    }

    @Override
    public long entityVersion(CommitteeEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(Committee committee) {
        return new ConcurrentUpdateException("committee", committee.id(), committee.version());
    }
}
