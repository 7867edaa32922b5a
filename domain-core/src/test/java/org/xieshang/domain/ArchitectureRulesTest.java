package org.xieshang.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xieshang.domain.inmemory.InMemoryMembers;

/**
 * The rules of {@link ArchitectureTest} can fail: each catches a small class that breaks it and lets a
 * look-alike that does not. The classes below are test classes, so {@link ArchitectureTest} never sees them.
 */
class ArchitectureRulesTest {

    /** Imported once: importing is the slow part. */
    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(Stream.concat(Stream.of(ArchitectureRulesTest.class.getDeclaredClasses()), Stream.of(HasAFluentBuilderSetter.Builder.class))
                    .toList());

    @Test
    void a_dependency_on_a_library_is_caught() {
        assertCaught(ArchitectureTest.the_domain_depends_on_the_jdk_and_itself_only, UsesALibrary.class, "org.assertj");
        assertPasses(ArchitectureTest.the_domain_depends_on_the_jdk_and_itself_only, ReadsTheClockItIsGiven.class);
    }

    @Test
    void a_dependency_on_the_in_memory_storage_is_caught() {
        assertCaught(ArchitectureTest.no_domain_package_depends_on_the_in_memory_storage, UsesInMemoryStorage.class, "InMemoryMembers");
        assertPasses(ArchitectureTest.no_domain_package_depends_on_the_in_memory_storage, ReadsTheClockItIsGiven.class);
    }

    @Test
    void public_setters_are_caught_wherever_they_are() {
        assertCaught(ArchitectureTest.the_domain_has_no_public_setters, HasASetter.class, "setName");
        assertCaught(ArchitectureTest.the_domain_has_no_public_setters, HasAFluentBuilderSetter.Builder.class, "setName");
        assertCaught(ArchitectureTest.the_domain_has_no_public_setters, HasASetterInARecord.class, "setName");
        assertCaught(ArchitectureTest.the_domain_has_no_public_setters, HasASetterInAnInterface.class, "setName");
        assertPasses(ArchitectureTest.the_domain_has_no_public_setters, LooksLikeASetterButIsNot.class);
    }

    @Test
    void a_public_mutable_field_is_caught() {
        assertCaught(ArchitectureTest.the_domain_has_no_public_mutable_fields, HasAPublicField.class, "name");
        assertPasses(ArchitectureTest.the_domain_has_no_public_mutable_fields, HasAPublicConstant.class);
    }

    @ParameterizedTest
    @ValueSource(classes = {CallsLocalDateNow.class, CallsInstantNow.class, CallsLocalDateTimeNow.class, CallsNowWithAZone.class,
            RefersToLocalDateNow.class, CallsCurrentTimeMillis.class, CallsClockSystem.class, CreatesADate.class})
    void reading_the_system_clock_is_caught(Class<?> offender) {
        assertCaught(ArchitectureTest.time_comes_through_a_clock_or_a_parameter, offender, offender.getSimpleName());
    }

    @Test
    void reading_a_given_clock_passes() {
        assertPasses(ArchitectureTest.time_comes_through_a_clock_or_a_parameter, ReadsTheClockItIsGiven.class);
    }

    private static void assertCaught(ArchRule rule, Class<?> offender, String mentioned) {
        assertThatThrownBy(() -> rule.check(importOf(offender))).isInstanceOf(AssertionError.class).hasMessageContaining(mentioned);
    }

    private static void assertPasses(ArchRule rule, Class<?> innocent) {
        assertThatCode(() -> rule.check(importOf(innocent))).doesNotThrowAnyException();
    }

    private static JavaClasses importOf(Class<?> type) {
        return FIXTURES.that(JavaClass.Predicates.equivalentTo(type));
    }

    static final class UsesALibrary {
        private final org.assertj.core.api.Condition<String> condition = new org.assertj.core.api.Condition<>();

        boolean holds() {
            return condition.matches("x");
        }
    }

    static final class UsesInMemoryStorage {
        private final InMemoryMembers members = new InMemoryMembers();

        Object members() {
            return members;
        }
    }

    static final class HasASetter {
        private String name;

        public void setName(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    static final class HasAFluentBuilderSetter {
        static final class Builder {
            private String name;

            public Builder setName(String value) {
                this.name = value;
                return this;
            }

            String name() {
                return name;
            }
        }
    }

    record HasASetterInARecord(String name) {
        public HasASetterInARecord setName(String newName) {
            return new HasASetterInARecord(newName);
        }
    }

    interface HasASetterInAnInterface {
        void setName(String name);
    }

    static final class LooksLikeASetterButIsNot {
        public void setup() {
        }

        public boolean settle() {
            return true;
        }

        public String settings() {
            return "";
        }

        void setHidden(String value) {
        }
    }

    static final class HasAPublicField {
        public String name;
    }

    static final class HasAPublicConstant {
        public static final int MAX = 10;
        public final String name = "x";
    }

    static final class CallsLocalDateNow {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static final class CallsInstantNow {
        Instant now() {
            return Instant.now();
        }
    }

    static final class CallsLocalDateTimeNow {
        LocalDateTime now() {
            return LocalDateTime.now();
        }
    }

    static final class CallsNowWithAZone {
        LocalDate today() {
            return LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
    }

    static final class RefersToLocalDateNow {
        Supplier<LocalDate> today() {
            return LocalDate::now;
        }
    }

    static final class CallsCurrentTimeMillis {
        long now() {
            return System.currentTimeMillis();
        }
    }

    static final class CallsClockSystem {
        Clock clock() {
            return Clock.systemDefaultZone();
        }
    }

    static final class CreatesADate {
        Date now() {
            return new Date();
        }
    }

    static final class ReadsTheClockItIsGiven {
        private final Clock clock;

        ReadsTheClockItIsGiven(Clock clock) {
            this.clock = clock;
        }

        LocalDate today() {
            return LocalDate.now(clock);
        }

        Instant now() {
            return clock.instant();
        }

        LocalDate parse(String text) {
            return LocalDate.parse(text);
        }
    }
}
