package org.orderdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The package rules the build keeps (issue "Architecture that stays honest"). The feature packages form a directed
 * graph in the domain and EJB modules and in the web module, so each feature can be read, tested and changed from
 * its own dependencies down; pages reach data only through services; the domain is plain Java with Jakarta
 * Persistence and Validation, so its rules are unit-tested without a container. The web module's test classpath
 * holds all three modules, which is why the test lives here.
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.orderdesk");

    /** order, pickup, customer, security, mail, …: the web module counts as one slice here, on top of them all. */
    static final ArchRule FEATURES_FORM_A_DIRECTED_GRAPH = slices().matching("org.orderdesk.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule PAGES_FORM_A_DIRECTED_GRAPH = slices().matching("org.orderdesk.web.(*)..")
            .should().beFreeOfCycles();

    @Test
    void theFeaturePackagesHaveNoCycle() {
        FEATURES_FORM_A_DIRECTED_GRAPH.check(APPLICATION);
    }

    @Test
    void theWebPackagesHaveNoCycle() {
        PAGES_FORM_A_DIRECTED_GRAPH.check(APPLICATION);
    }

    @Test
    void theRuleCatchesACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("org.orderdesk.architecture.cycle");

        assertTrue(slices().matching("org.orderdesk.architecture.cycle.(*)..").should().beFreeOfCycles()
                .evaluate(cyclic).hasViolation());
    }

    @Test
    void pagesReachDataOnlyThroughServices() {
        noClasses().that().resideInAPackage("org.orderdesk.web..")
                .should().dependOnClassesThat(are(repositories()))
                .check(APPLICATION);
    }

    @Test
    void theDomainImportsOnlyJavaAndJakartaPersistenceAndValidation() {
        classes().that(are(inTheDomainModule()))
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "java..", "javax.crypto..", "jakarta.persistence..", "jakarta.validation..")
                        .or(inTheDomainModule()))
                .check(APPLICATION);
    }

    /**
     * Without a locale, the JVM's own decides: on a server started in Turkish, "ORDER_PLACED".toLowerCase() has a
     * dotless i, and e-mail addresses compared after it no longer match.
     */
    @Test
    void caseIsChangedOnlyWithAGivenLocale() {
        noClasses().should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .check(APPLICATION);
    }

    private static DescribedPredicate<JavaClass> repositories() {
        return describe("repositories", type -> type.getSimpleName().endsWith("Repository")
                || type.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("Repository")));
    }

    /** Classes compiled from order-domain (and arrays of them), read from its target folder or from its jar. */
    private static DescribedPredicate<JavaClass> inTheDomainModule() {
        return describe("in order-domain", type -> type.getBaseComponentType().getSource()
                .map(source -> source.getUri().toString().contains("order-domain"))
                .orElse(false));
    }

    private static <T> DescribedPredicate<T> are(DescribedPredicate<T> predicate) {
        return predicate;
    }
}
