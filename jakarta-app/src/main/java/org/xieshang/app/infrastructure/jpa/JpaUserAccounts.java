package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.security.UserId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** User accounts stored with JPA. Runs inside the caller's transaction. */
public final class JpaUserAccounts implements UserAccounts {

    private final EntityManager em;
    private final UserAccountMapper mapper;
    private final AggregateStore<UserAccountEntity, UserAccount> store;

    /**
     * @param em         the entity manager, not null
     * @param protection encrypts second-factor secrets, not null
     */
    public JpaUserAccounts(EntityManager em, PersonalDataProtection protection) {
        this.em = em;
        this.mapper = new UserAccountMapper(protection);
        this.store = new AggregateStore<>(em, mapper);
    }

    @Override
    public Optional<UserAccount> find(UserId id) {
        return store.find(id.toString());
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return first("SELECT u FROM UserAccountEntity u WHERE u.username = :value", username);
    }

    @Override
    public Optional<UserAccount> findByMember(MemberId memberId) {
        return first("SELECT u FROM UserAccountEntity u WHERE u.memberId = :value", memberId.toString());
    }

    @Override
    public UserAccount save(UserAccount account) {
        return store.save(account);
    }

    @Override
    public Page<UserAccount> ofCommittee(CommitteeId committeeId, PageRequest request) {
        long total = em.createQuery("SELECT COUNT(u) FROM UserAccountEntity u WHERE u.committeeId = :committee", Long.class)
                .setParameter("committee", committeeId.toString()).getSingleResult();
        List<UserAccount> items = em.createQuery("SELECT u FROM UserAccountEntity u WHERE u.committeeId = :committee ORDER BY u.username",
                        UserAccountEntity.class)
                .setParameter("committee", committeeId.toString())
                .setFirstResult((int) request.offset()).setMaxResults(request.size())
                .getResultList().stream().map(mapper::toDomain).toList();
        return new Page<>(items, request, total);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccountEntity u", Long.class).getSingleResult();
    }

    private Optional<UserAccount> first(String jpql, String value) {
        return em.createQuery(jpql, UserAccountEntity.class).setParameter("value", value).getResultList().stream().findFirst()
                .map(mapper::toDomain);
    }
}
