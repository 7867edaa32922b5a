package org.xieshang.app.infrastructure.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xieshang.app.infrastructure.jpa.Databases;
import org.xieshang.app.infrastructure.jpa.JpaCommittees;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.testkit.Fixtures;

/**
 * The attachment store on a real database, migrated by Flyway: an in-memory Derby here, PostgreSQL in
 * {@link AttachmentStorePostgresTest}. Every call runs in its own transaction and leaves an empty persistence
 * context, as calls from separate requests would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentStoreTest {

    private static final long MEBIBYTE = 1024 * 1024;
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    private EntityManagerFactory emf;
    private EntityManager em;
    private CommitteeId city;
    private CommitteeId county;
    private AttachmentStore store;

    /** @return a fresh, migrated database */
    EntityManagerFactory openDatabase() {
        return Databases.derby();
    }

    void closeDatabase(EntityManagerFactory database) {
        database.close();
    }

    @BeforeAll
    void open() {
        emf = openDatabase();
        em = emf.createEntityManager();
        JpaCommittees committees = new JpaCommittees(em);
        city = inTransaction(() -> committees.save(Fixtures.cityCommittee()).id());
        county = inTransaction(() -> committees.save(Fixtures.cityCommittee()).id());
    }

    @AfterAll
    void close() {
        if (emf != null) {
            em.close();
            closeDatabase(emf);
        }
    }

    @BeforeEach
    void newStore() {
        store = new AttachmentStore();
        store.em = em;
        store.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store.maxBytes = 10 * MEBIBYTE;
    }

    @Test
    void a_stored_file_reads_back_with_identical_bytes_and_hash() throws Exception {
        byte[] pdf = pdf(100_000);
        long[] before = rows();

        StoredAttachment stored = inTransaction(() -> store.store(city, "../调研报告（终稿）.pdf", new ByteArrayInputStream(pdf), "consult.office"));

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(stored.fileName()).isEqualTo("调研报告（终稿）.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(sha256);
        assertThat(rows()).containsExactly(before[0] + 1, before[1] + 5);
        assertThat(inTransaction(() -> store.find(city, stored.id()))).contains(stored);
        AttachmentContent content = inTransaction(() -> store.open(city, stored.id())).orElseThrow();
        assertThat(content.attachment()).isEqualTo(stored);
        assertThat(content.bytes()).isEqualTo(pdf);
        assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void a_file_of_exactly_the_cap_is_stored() {
        store.maxBytes = 64 * 1024;
        byte[] pdf = pdf(64 * 1024);

        StoredAttachment stored = inTransaction(() -> store.store(city, "纪要.pdf", new ByteArrayInputStream(pdf), "consult.office"));

        assertThat(inTransaction(() -> store.open(city, stored.id())).orElseThrow().bytes()).isEqualTo(pdf);
    }

    @Test
    void a_file_over_the_cap_is_refused_without_reading_on_and_nothing_is_written() {
        store.maxBytes = 64 * 1024;
        CountingStream endless = new CountingStream();
        long[] before = rows();

        assertThatThrownBy(() -> inTransaction(() -> store.store(city, "纪要.pdf", endless, "consult.office")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("attachment.too-large");
                    assertThat(e.field()).contains("file");
                    assertThat(e.arguments()).containsExactly("64 KB");
                });
        assertThat(endless.read).isEqualTo(64 * 1024 + 1);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_file_of_a_refused_type_is_refused_and_nothing_is_written() {
        long[] before = rows();

        assertRefused(() -> store.store(city, "setup.exe", new ByteArrayInputStream(FileTypesTest.EXE), "consult.office"), "attachment.type-refused");
        assertRefused(() -> store.store(city, "照片.pdf", new ByteArrayInputStream(FileTypesTest.PNG), "consult.office"), "attachment.type-refused");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void an_empty_file_is_refused() {
        long[] before = rows();

        assertRefused(() -> store.store(city, "空.txt", InputStream.nullInputStream(), "consult.office"), "attachment.empty");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void another_committee_can_neither_find_nor_open_the_file() {
        StoredAttachment stored = inTransaction(() -> store.store(city, "决定.pdf", new ByteArrayInputStream(pdf(1000)), "consult.office"));

        assertThat(inTransaction(() -> store.find(county, stored.id()))).isEmpty();
        assertThat(inTransaction(() -> store.open(county, stored.id()))).isEmpty();
        assertThat(inTransaction(() -> store.find(city, stored.id()))).isPresent();
    }

    @Test
    void an_unknown_or_malformed_identifier_finds_nothing() {
        assertThat(inTransaction(() -> store.find(city, UUID.randomUUID().toString()))).isEmpty();
        assertThat(inTransaction(() -> store.open(city, "../../etc/passwd"))).isEmpty();
        assertThat(inTransaction(() -> store.find(city, null))).isEmpty();
    }

    @Test
    void a_name_without_extension_gets_the_detected_one() {
        StoredAttachment stored = inTransaction(() -> store.store(city, "会议纪要", new ByteArrayInputStream("一、出席人员".getBytes(UTF_8)), "consult.office"));

        assertThat(stored.fileName()).isEqualTo("会议纪要.txt");
        assertThat(stored.mediaType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void the_cap_reads_as_people_write_it() {
        assertThat(AttachmentStore.readable(10 * MEBIBYTE)).isEqualTo("10 MB");
        assertThat(AttachmentStore.readable(MEBIBYTE + MEBIBYTE / 2)).isEqualTo("1.5 MB");
        assertThat(AttachmentStore.readable(512 * 1024)).isEqualTo("512 KB");
        assertThat(AttachmentStore.readable(1000)).isEqualTo("1000 B");
    }

    private void assertRefused(Supplier<StoredAttachment> upload, String code) {
        assertThatThrownBy(() -> inTransaction(upload)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).contains("file");
        });
    }

    /** @return the number of rows in {@code attachment} and in {@code attachment_chunk} */
    private long[] rows() {
        return inTransaction(() -> new long[] {
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM attachment").getSingleResult()).longValue(),
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM attachment_chunk").getSingleResult()).longValue()});
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    /** @return a PDF of that many bytes, random after its header so that no chunk repeats another */
    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        new Random(size).nextBytes(pdf);
        System.arraycopy(FileTypesTest.PDF, 0, pdf, 0, 5);
        return pdf;
    }

    /** An endless upload that counts what was read of it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
