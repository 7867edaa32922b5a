package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.LeaveStatus;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingDraft;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.testkit.Fixtures;

/**
 * What the duty-file contract leaves to the JPA adapters: aggregates saved again and again (element collections
 * rewritten), work in one transaction, concurrent writers, a committee's events over more than one page, and text
 * that must come back unchanged. Run against both databases from {@link JpaDerbyStorageTest} and
 * {@link JpaPostgresStorageTest}.
 */
abstract class DutyAdapterChecks {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    /** @return the migrated database under test, never null */
    protected abstract EntityManagerFactory emf();

    @Test
    void an_activity_saved_again_and_again_keeps_every_invitation_as_changed() {
        Activities activities = TransactionPerCall.wrap(Activities.class, new JpaActivities(em()), lastEm);
        Committee committee = storedCommittee();
        MemberId first = MemberId.generate();
        MemberId second = MemberId.generate();
        MemberId third = MemberId.generate();
        LocalDateTime start = LocalDateTime.of(2024, 5, 20, 9, 0);

        DutyActivity saved = activities.save(DutyActivity.schedule(ActivityId.generate(), committee.id(), draft(start)));
        saved = activities.save(saved.invite(List.of(first, second), true));
        saved = activities.save(saved.requestLeave(first, "出差\n第二行 a=b&c", "member.demo", start.minusDays(3), NOW));
        saved = activities.save(saved.invite(List.of(third), false));
        saved = activities.save(saved.decideLeave(first, true, "dutyfile.demo", null, NOW.plusSeconds(60)));
        saved = activities.save(saved.recordAttendance(Map.of(first, false, second, true), start.plusHours(1)));
        saved = activities.save(saved.recordAttendance(Map.of(third, false), start.plusHours(2)));

        assertThat(saved.version()).isEqualTo(7);
        DutyActivity reloaded = activities.require(saved.id());
        assertThat(reloaded).isEqualTo(saved);
        assertThat(reloaded.invitations()).hasSize(3);
        assertThat(reloaded.invitation(first).orElseThrow().attendance()).isEqualTo(Attendance.EXCUSED);
        assertThat(reloaded.invitation(first).orElseThrow().leave().orElseThrow().status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(reloaded.invitation(first).orElseThrow().leave().orElseThrow().reason()).isEqualTo("出差\n第二行 a=b&c");
        assertThat(reloaded.invitation(second).orElseThrow().attendance()).isEqualTo(Attendance.PRESENT);
        assertThat(reloaded.invitation(third).orElseThrow().attendance()).isEqualTo(Attendance.UNEXCUSED);
        assertThat(reloaded.invitation(third).orElseThrow().obligatory()).isFalse();
        assertThat(activities.withPendingLeave(committee.id())).isEmpty();
    }

    @Test
    void a_policy_can_lose_and_regain_rules() {
        DisciplinePolicies policies = TransactionPerCall.wrap(DisciplinePolicies.class,
                new JpaDisciplinePolicies(em(), DisciplineRuleTypes.builtIn()), lastEm);
        Committee committee = storedCommittee();
        DisciplinePolicy saved = policies.save(DisciplinePolicy.of(committee.id(), DisciplinePreset.NANCHANG));
        List<RuleDefinition> fewer = new ArrayList<>(saved.definitions());
        fewer.remove(0);
        DisciplinePolicy shorter = policies.save(saved.withRules(fewer, DisciplineRuleTypes.builtIn()));
        List<RuleDefinition> more = new ArrayList<>(shorter.definitions());
        more.add(0, RuleDefinition.of("minimum-participation", "min", "2", "minimumDaysServed", "90"));
        DisciplinePolicy longer = policies.save(shorter.withRules(more, DisciplineRuleTypes.builtIn()));

        assertThat(policies.find(committee.id())).contains(longer);
        assertThat(longer.definitions()).isEqualTo(more);
        assertThat(longer.version()).isEqualTo(3);
    }

    @Test
    void the_scores_of_a_revision_can_be_put_twice_in_one_transaction() {
        Committee committee = storedCommittee();
        MemberId member = MemberId.generate();
        List<AnnualScore> second = inTransaction(em -> {
            JpaScoringSchemes schemes = new JpaScoringSchemes(em, ScoringRuleTypes.builtIn());
            schemes.putScores(committee.id(), 2024, 1, List.of(new AnnualScore(member, 2024, 1, Points.of(55), "不合格", false)));
            schemes.putScores(committee.id(), 2024, 1, List.of(new AnnualScore(member, 2024, 1, Points.of(65), "合格", true)));
            return schemes.scores(committee.id(), 2024, 1);
        });

        assertThat(second).containsExactly(new AnnualScore(member, 2024, 1, Points.of(65), "合格", true));
        List<AnnualScore> committed = inTransaction(em -> new JpaScoringSchemes(em, ScoringRuleTypes.builtIn()).scores(committee.id(), 2024, 1));
        assertThat(committed).isEqualTo(second);
    }

    @Test
    void of_two_writers_of_the_same_revision_one_wins_and_the_other_is_told_to_reload() throws Exception {
        Committee committee = storedCommittee();
        ScoringSchemes each = TransactionPerCall.wrapEach(ScoringSchemes.class, emf(), em -> new JpaScoringSchemes(em, ScoringRuleTypes.builtIn()));
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String author = "writer-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        each.add(ScoringScheme.first(committee.id(), 2024, ExampleScheme.draft(), ScoringRuleTypes.builtIn(), author, NOW));
                        return "stored";
                    } catch (ConcurrentUpdateException e) {
                        return "conflict";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("stored").containsOnly("stored", "conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(each.revisions(committee.id(), 2024)).hasSize(1);
    }

    @Test
    void rule_parameters_and_finding_arguments_keep_any_text() {
        Committee committee = storedCommittee();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("kind", "SPEECH_ORAL");
        parameters.put("points", "2.5");
        parameters.put("说明", "第一行 a=b&c=d+e%20\n第二行 🎉");
        String longChinese = "长".repeat(RuleDefinition.TEXT_MAX);
        parameters.put("备注" + "注".repeat(RuleDefinition.TEXT_MAX - 2), longChinese);
        SchemeDraft example = ExampleScheme.draft();
        List<SchemeDraft.Item> items = new ArrayList<>(example.items());
        items.add(new SchemeDraft.Item("X1", "发言（备注）", new RuleDefinition("per-event", parameters)));
        SchemeDraft draft = new SchemeDraft(items, example.base(), example.maximum(), example.passMark(), example.bands(), Optional.of("原因 & 说明"));
        ScoringSchemes schemes = TransactionPerCall.wrap(ScoringSchemes.class, new JpaScoringSchemes(em(), ScoringRuleTypes.builtIn()), lastEm);
        ScoringScheme stored = schemes.add(ScoringScheme.first(committee.id(), 2024, draft, ScoringRuleTypes.builtIn(), "dutyfile.demo", NOW));

        assertThat(schemes.current(committee.id(), 2024)).contains(stored);
        assertThat(schemes.current(committee.id(), 2024).orElseThrow().draft().items().get(items.size() - 1).rule().parameters())
                .isEqualTo(new RuleDefinition("per-event", parameters).parameters());

        Findings findings = TransactionPerCall.wrap(Findings.class, new JpaFindings(em()), lastEm);
        // As the absences-per-year rule lists them: thirty absences with their titles.
        List<String> absences = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            absences.add(LocalDate.of(2024, 1, 1).plusDays(7L * i) + " 界别小组活动：关于乡村振兴的专题调研第" + i + "次");
        }
        List<String> arguments = List.of("2024", "", "=", "&", "a=b&c", "%41+", "第一行\n第二行", String.join("；", absences));
        FindingDraft found = new FindingDraft(FindingKind.ASK_TO_RESIGN, "absences-per-year", "finding.absences-per-year", arguments,
                List.of(SourceRef.of(SourceType.ACTIVITY, ActivityId.generate()), new SourceRef(SourceType.PROPOSAL, "P-1:a=b&c 提案")));
        Finding saved = findings.save(Finding.raise(committee.id(), MemberId.generate(), 13, 2024, found, NOW));

        assertThat(findings.require(saved.id())).isEqualTo(saved);
        assertThat(findings.require(saved.id()).found().arguments()).isEqualTo(arguments);
    }

    @Test
    void a_database_error_on_adding_a_revision_is_not_taken_for_a_conflict() {
        Committee committee = storedCommittee();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("kind", "SPEECH_ORAL");
        parameters.put("points", "1");
        for (int i = 0; i < 40; i++) {
            parameters.put("p" + i, "x".repeat(RuleDefinition.TEXT_MAX));
        }
        SchemeDraft example = ExampleScheme.draft();
        List<SchemeDraft.Item> items = new ArrayList<>(example.items());
        items.add(new SchemeDraft.Item("X1", "too many parameters for the column", new RuleDefinition("per-event", parameters)));
        SchemeDraft draft = new SchemeDraft(items, example.base(), example.maximum(), example.passMark(), example.bands(), Optional.empty());
        ScoringSchemes schemes = TransactionPerCall.wrap(ScoringSchemes.class, new JpaScoringSchemes(em(), ScoringRuleTypes.builtIn()), lastEm);

        assertThatThrownBy(() -> schemes.add(ScoringScheme.first(committee.id(), 2024, draft, ScoringRuleTypes.builtIn(), "dutyfile.demo", NOW)))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void a_database_error_on_adding_an_event_is_not_taken_for_a_duplicate() {
        DutyEvents events = TransactionPerCall.wrap(DutyEvents.class, new JpaDutyEvents(em()), lastEm);
        CommitteeId unknown = CommitteeId.generate();
        DutyEvent event = DutyEvent.of(new DutyEventDraft(unknown, MemberId.generate(), DutyEventKind.SPEECH_ORAL, LocalDate.of(2024, 1, 12),
                SourceRef.of(SourceType.ACTIVITY, ActivityId.generate()), "发言"), NOW);

        assertThatThrownBy(() -> events.add(event)).isInstanceOf(PersistenceException.class);
    }

    @Test
    void a_committees_events_stream_over_several_pages_without_filling_the_persistence_context() {
        Committee committee = storedCommittee();
        Committee other = storedCommittee();
        int members = 7;
        int perMember = JpaDutyEvents.PAGE / members + 3;
        List<MemberId> memberIds = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            memberIds.add(MemberId.generate());
        }
        inTransaction(em -> {
            insertEvents(em, committee.id(), memberIds, perMember);
            insertEvents(em, other.id(), List.of(MemberId.generate()), 5);
            return null;
        });
        int expected = members * perMember;
        assertThat(expected).isGreaterThan(JpaDutyEvents.PAGE);

        List<DutyEvent> streamed = new ArrayList<>(expected);
        int managed = inTransaction(em -> {
            new JpaDutyEvents(em).forEachOfCommittee(committee.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), streamed::add);
            return ((UnitOfWorkImpl) em.unwrap(UnitOfWork.class)).getCloneMapping().size();
        });

        assertThat(managed).isZero();
        assertThat(streamed).hasSize(expected);
        assertThat(streamed).extracting(DutyEvent::committeeId).containsOnly(committee.id());
        assertThat(new HashSet<>(streamed.stream().map(DutyEvent::id).toList())).hasSize(expected);
        Set<MemberId> finished = new HashSet<>();
        MemberId current = null;
        for (DutyEvent event : streamed) {
            if (!event.memberId().equals(current)) {
                assertThat(finished.add(event.memberId())).as("events grouped by member").isTrue();
                current = event.memberId();
            }
        }
        assertThat(finished).containsExactlyInAnyOrderElementsOf(memberIds);
        List<DutyEvent> someOfMember = new ArrayList<>();
        new JpaDutyEvents(emf().createEntityManager()).forEachOfCommittee(committee.id(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1),
                someOfMember::add);
        assertThat(someOfMember).isNotEmpty().allMatch(e -> e.occurredOn().equals(LocalDate.of(2024, 3, 1)));
    }

    /** Inserts events of one kind per member, one a day from 1 January 2024 on, with plain JDBC in batches. */
    private static void insertEvents(EntityManager em, CommitteeId committee, List<MemberId> memberIds, int perMember) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO duty_event (id, committee_id, member_id, event_kind, occurred_on,"
                + " source_type, source_reference, title, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (MemberId member : memberIds) {
                for (int i = 0; i < perMember; i++) {
                    insert.setString(1, java.util.UUID.randomUUID().toString());
                    insert.setString(2, committee.toString());
                    insert.setString(3, member.toString());
                    insert.setString(4, DutyEventKind.SPEECH_ORAL.name());
                    insert.setDate(5, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i % 366)));
                    insert.setString(6, SourceType.PROPOSAL.name());
                    insert.setString(7, "P-" + i);
                    insert.setString(8, "发言 " + i);
                    insert.setTimestamp(9, Timestamp.valueOf(LocalDateTime.of(2024, 3, 1, 2, 0)));
                    insert.addBatch();
                    if (++rows % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private EntityManager lastEm;

    /** @return a new entity manager, also kept as {@link #lastEm} for {@link TransactionPerCall#wrap} */
    private EntityManager em() {
        lastEm = emf().createEntityManager();
        return lastEm;
    }

    private Committee storedCommittee() {
        Committees committees = TransactionPerCall.wrap(Committees.class, new JpaCommittees(em()), lastEm);
        return committees.save(Fixtures.cityCommittee());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static ActivityDraft draft(LocalDateTime startsAt) {
        return new ActivityDraft(13, ActivityKind.PLENARY_SESSION, "全体会议 " + startsAt.toLocalDate(), startsAt, startsAt.plusHours(3),
                Optional.of("市政协会议中心"), "办公室", Optional.empty(), Audience.allMembers(true));
    }
}
