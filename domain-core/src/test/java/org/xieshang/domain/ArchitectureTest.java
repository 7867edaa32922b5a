package org.xieshang.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The domain core's architecture, checked on every build. {@link ArchitectureRulesTest} shows that each
 * rule catches what it is meant to catch.
 */
@AnalyzeClasses(packages = "org.xieshang.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "org.xieshang.domain..";
    private static final String IN_MEMORY = "org.xieshang.domain.inmemory..";

    @ArchTest
    static final ArchRule the_domain_depends_on_the_jdk_and_itself_only = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "org.xieshang..")
            .because("embedders must not inherit our dependencies")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule no_domain_package_depends_on_the_in_memory_storage = noClasses()
            .that().resideInAPackage(DOMAIN).and().resideOutsideOfPackage(IN_MEMORY)
            .should().dependOnClassesThat().resideInAPackage(IN_MEMORY)
            .because("the in-memory storage is one adapter of the ports, not part of the domain")
            .allowEmptyShould(false);

    /**
     * Any public method named {@code set} + an upper-case letter, digit, {@code _} or {@code $}, whatever its
     * parameters and return type (fluent builders included), in any class, nested class, record, enum or interface.
     * {@code setup} or {@code settle} are not setters.
     */
    @ArchTest
    static final ArchRule the_domain_has_no_public_setters = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .and().arePublic()
            .should().haveNameMatching("set([A-Z0-9_$].*)?")
            .because("domain objects are changed by business acts that keep their invariants, not field by field")
            .allowEmptyShould(false);

    /** A public field that is not final is a setter by another name. */
    @ArchTest
    static final ArchRule the_domain_has_no_public_mutable_fields = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .and().arePublic()
            .should().beFinal()
            .allowEmptyShould(false);

    /** Calls and method references alike: {@code LocalDate::now} reads the system clock as much as {@code LocalDate.now()}. */
    @ArchTest
    static final ArchRule time_comes_through_a_clock_or_a_parameter = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().accessTargetWhere(readsTheSystemClock())
            .because("time comes in through a Clock or a parameter, so that tests and embedders control it")
            .allowEmptyShould(false);

    private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return new DescribedPredicate<>("reads the system clock (java.time now() without a Clock, Clock.system…, "
                + "System.currentTimeMillis, new Date())") {
            @Override
            public boolean test(JavaAccess<?> access) {
                AccessTarget target = access.getTarget();
                JavaClass owner = target.getOwner();
                String name = target.getName();
                List<JavaClass> parameters = target instanceof CodeUnitAccessTarget codeUnit ? codeUnit.getRawParameterTypes() : List.of();
                if (owner.getPackageName().startsWith("java.time") && name.equals("now")) {
                    return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
                }
                if (owner.isEquivalentTo(Clock.class)) {
                    return Set.of("systemUTC", "systemDefaultZone", "system").contains(name);
                }
                if (owner.isEquivalentTo(System.class)) {
                    return name.equals("currentTimeMillis") || name.equals("nanoTime");
                }
                return owner.isEquivalentTo(java.util.Date.class) && name.equals("<init>") && parameters.isEmpty();
            }
        };
    }
}
