package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * Members stored with JPA. Listings filter and sort in SQL (pinyin order through the stored collation
 * key) with the meaning {@link MemberQuery#matches(Member)} defines. Runs inside the caller's transaction.
 */
public final class JpaMembers implements Members {

    private final EntityManager em;
    private final PersonalDataProtection protection;
    private final MemberMapper mapper;
    private final AggregateStore<MemberEntity, Member> store;

    /**
     * @param em         the entity manager, not null
     * @param protection encrypts and indexes personal numbers, not null
     */
    public JpaMembers(EntityManager em, PersonalDataProtection protection) {
        this.em = em;
        this.protection = protection;
        this.mapper = new MemberMapper(protection);
        this.store = new AggregateStore<>(em, mapper);
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return store.find(id.toString());
    }

    @Override
    public Optional<Member> findByCode(CommitteeId committeeId, MemberCode code) {
        return em.createQuery("SELECT m FROM MemberEntity m WHERE m.committeeId = :committee AND m.code = :code", MemberEntity.class)
                .setParameter("committee", committeeId.toString())
                .setParameter("code", code.value())
                .getResultList().stream().findFirst().map(mapper::toDomain);
    }

    @Override
    public Optional<Member> findByResidentIdNumber(CommitteeId committeeId, ResidentIdNumber number) {
        return em.createQuery("SELECT m FROM MemberEntity m WHERE m.committeeId = :committee AND m.residentIdIndex = :index", MemberEntity.class)
                .setParameter("committee", committeeId.toString())
                .setParameter("index", protection.index(PersonalNumbers.RESIDENT_ID, number.value()))
                .getResultList().stream().findFirst().map(mapper::toDomain);
    }

    @Override
    public Member save(Member member) {
        return store.save(member);
    }

    @Override
    public long count(MemberQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE " + where(query, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public Page<Member> search(MemberQuery query, PageRequest request) {
        long total = count(query);
        if (total <= request.offset()) {
            return new Page<>(List.of(), request, total);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        String direction = query.ascending() ? " ASC" : " DESC";
        String order = switch (query.sort()) {
            case NAME -> "m.nameSortKey" + direction + ", m.code, m.id";
            case CODE -> "m.code" + direction + ", m.id";
        };
        TypedQuery<MemberEntity> select = em.createQuery("SELECT m FROM MemberEntity m WHERE " + where + " ORDER BY " + order, MemberEntity.class)
                .setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                // A listing only reads: keep the entities out of the unit of work.
                .setHint("eclipselink.read-only", "true")
                // Load the page's child rows in one query per collection instead of one per member.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "m.memberships")
                .setHint("eclipselink.batch", "m.standingRoles")
                .setHint("eclipselink.batch", "m.decisions");
        parameters.forEach(select::setParameter);
        return new Page<>(select.getResultList().stream().map(mapper::toDomain).toList(), request, total);
    }

    private static String where(MemberQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("m.committeeId = :committee");
        parameters.put("committee", query.committeeId().toString());
        query.party().ifPresent(party -> {
            where.append(" AND m.party = :party");
            parameters.put("party", party);
        });
        query.region().ifPresent(region -> {
            where.append(" AND m.region = :region");
            parameters.put("region", region);
        });
        query.nameContains().ifPresent(text -> {
            where.append(" AND m.name LIKE :name ESCAPE '!'");
            parameters.put("name", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        if (query.termNumber().isPresent() || query.sectorId().isPresent() || query.standing().isPresent() || query.current().isPresent()) {
            where.append(" AND EXISTS (SELECT x.id FROM MemberEntity x JOIN x.memberships ms WHERE x.id = m.id");
            query.termNumber().ifPresent(term -> {
                where.append(" AND ms.termNumber = :term");
                parameters.put("term", term);
            });
            query.sectorId().ifPresent(sector -> {
                where.append(" AND ms.sectorId = :sector");
                parameters.put("sector", sector.toString());
            });
            query.standing().ifPresent(standing -> {
                where.append(" AND ms.standing = :standing");
                parameters.put("standing", standing);
            });
            query.current().ifPresent(current -> {
                where.append(" AND ms.current = :current");
                parameters.put("current", current);
            });
            where.append(")");
        }
        return where.toString();
    }
}
