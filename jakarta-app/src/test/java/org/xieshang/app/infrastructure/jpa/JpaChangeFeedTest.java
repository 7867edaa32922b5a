package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xieshang.app.application.feed.FeedEntry;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.testkit.Fixtures;

/** The change feed on Derby: the committee's entries in order, and each handling unit's own among them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaChangeFeedTest {

    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");

    private EntityManagerFactory emf;
    private EntityManager em;
    private JpaChangeFeed feed;
    private CommitteeId committee;

    @BeforeAll
    void connect() {
        emf = Databases.derby();
        em = emf.createEntityManager();
        feed = new JpaChangeFeed(em);
        committee = Databases.inTransaction(em, ignored -> new JpaCommittees(em).save(Fixtures.cityCommittee()).id());
    }

    @AfterAll
    void close() {
        em.close();
        emf.close();
    }

    @Test
    void a_units_feed_holds_the_entries_appended_for_it_in_order_and_a_committees_feed_holds_them_all() {
        HandlingUnitId lead = HandlingUnitId.generate();
        HandlingUnitId coUnit = HandlingUnitId.generate();
        FeedEntry submitted = append("p1", 1, Set.of());
        FeedEntry assigned = append("p1", 2, Set.of(lead, coUnit));
        FeedEntry other = append("p2", 3, Set.of(coUnit));
        FeedEntry answered = append("p1", 4, Set.of(lead, coUnit));

        List<FeedEntry> leads = Databases.inTransaction(em, ignored -> feed.readForUnit(lead, 0, 100));
        List<FeedEntry> coUnits = Databases.inTransaction(em, ignored -> feed.readForUnit(coUnit, assigned.sequence(), 100));
        List<FeedEntry> all = Databases.inTransaction(em, ignored -> feed.read(List.of(committee), 0, 100));

        assertThat(leads).extracting(FeedEntry::sequence).containsExactly(assigned.sequence(), answered.sequence());
        assertThat(leads.get(0).payload()).hasValue("{\"id\":\"p1\",\"version\":2}");
        assertThat(coUnits).extracting(FeedEntry::sequence).containsExactly(other.sequence(), answered.sequence());
        List<FeedEntry> firstOnly = Databases.inTransaction(em, ignored -> feed.readForUnit(lead, 0, 1));
        assertThat(firstOnly).extracting(FeedEntry::sequence).containsExactly(assigned.sequence());
        List<FeedEntry> nobodys = Databases.inTransaction(em, ignored -> feed.readForUnit(HandlingUnitId.generate(), 0, 100));
        assertThat(nobodys).isEmpty();
        assertThat(all).extracting(FeedEntry::sequence).containsSubsequence(submitted.sequence(), assigned.sequence(), other.sequence(),
                answered.sequence());
    }

    private FeedEntry append(String item, long version, Set<HandlingUnitId> units) {
        String payload = "{\"id\":\"" + item + "\",\"version\":" + version + "}";
        return Databases.inTransaction(em, ignored -> feed.append(committee, "proposal", item, version, payload, T0.plusSeconds(version), units));
    }
}
