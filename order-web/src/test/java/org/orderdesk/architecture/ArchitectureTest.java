package org.orderdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toUnmodifiableSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.OutboxClaims;
import org.orderdesk.order.domain.OrderLine;
import org.orderdesk.order.domain.StatusChange;
import org.orderdesk.payment.SandboxPaymentGateway;
import org.orderdesk.platform.CodeImages;
import org.orderdesk.platform.ReadModel;
import org.orderdesk.platform.SchemaMigration;
import org.orderdesk.security.AddressRows;
import org.orderdesk.security.AddressThrottle;
import org.orderdesk.security.SecurityKeyVerifier;
import org.orderdesk.seed.StartupSeeding;
import org.orderdesk.support.domain.TicketMessage;

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
            // The EJB module's test jar (the fakes of the ports) is on this classpath too once the build packaged it.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.orderdesk");

    /** order, pickup, customer, security, mail, …: the web module counts as one slice here, on top of them all. */
    static final ArchRule FEATURES_FORM_A_DIRECTED_GRAPH = slices().matching("org.orderdesk.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule PAGES_FORM_A_DIRECTED_GRAPH = slices().matching("org.orderdesk.web.(*)..")
            .should().beFreeOfCycles();

    /**
     * OutboxClaims: senders on every instance claim mails by conditional updates that the database decides, the
     * outbox's delivery side itself. SandboxPaymentGateway: stands in for the card processor (the PaymentGateway
     * port); its ledger is the processor's, not the shop's. StartupSeeding: the seeding lock row, taken before any
     * repository is used. AddressThrottle and AddressRows: the login failures per client address, whose row is
     * made in a transaction of its own that a peer instance may win and is then counted on under its lock; like
     * the claims, what the database decides.
     */
    private static final Set<String> STORAGE_OF_THEIR_OWN = Set.of(OutboxClaims.class.getName(),
            SandboxPaymentGateway.class.getName(), StartupSeeding.class.getName(), AddressThrottle.class.getName(),
            AddressRows.class.getName());

    private static final Set<String> WRITING_METHODS = Set.of("persist", "merge", "remove", "flush", "lock");

    /**
     * The database is reached through ports (docs/DECISIONS.md, "Repositories"): the EntityManager belongs to their
     * JPA adapters, to read models, which only read, and to the few classes whose table is their own business.
     */
    static final ArchRule ONLY_ADAPTERS_AND_READ_MODELS_USE_THE_ENTITY_MANAGER = noClasses()
            .that(are(describe("neither JPA adapters nor read models nor storage of their own",
                    type -> !isJpaAdapter(type) && !type.isAnnotatedWith(ReadModel.class)
                            && !STORAGE_OF_THEIR_OWN.contains(type.getName()))))
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    static final ArchRule READ_MODELS_ONLY_READ = noClasses().that().areAnnotatedWith(ReadModel.class)
            .should().callMethodWhere(describe("a write through the EntityManager", ArchitectureTest::writes));

    @Test
    void onlyAdaptersAndReadModelsUseTheEntityManager() {
        ONLY_ADAPTERS_AND_READ_MODELS_USE_THE_ENTITY_MANAGER.check(APPLICATION);
    }

    @Test
    void readModelsOnlyRead() {
        READ_MODELS_ONLY_READ.check(APPLICATION);
    }

    @Test
    void theRulesCatchAQueryPastTheRepositoriesAndAWritingReadModel() {
        JavaClasses bypass = new ClassFileImporter().importPackages("org.orderdesk.architecture.bypass");

        assertTrue(ONLY_ADAPTERS_AND_READ_MODELS_USE_THE_ENTITY_MANAGER.evaluate(bypass).getFailureReport()
                .getDetails().stream().anyMatch(line -> line.contains("QueryingPage")));
        assertTrue(READ_MODELS_ONLY_READ.evaluate(bypass).getFailureReport()
                .getDetails().stream().anyMatch(line -> line.contains("WritingReadModel")));
    }

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

    /**
     * Embeddables an entity keeps as a collection of rows (an order's lines and history, a ticket's messages): parts
     * of the entity, reached through it, unlike the values it embeds one by one (Money, LocalizedText, an address).
     */
    static final Set<String> ROWS_OF_ENTITIES = APPLICATION.stream()
            .filter(type -> type.isAnnotatedWith(Entity.class))
            .flatMap(entity -> entity.getFields().stream())
            .filter(field -> field.isAnnotatedWith(ElementCollection.class))
            .flatMap(field -> field.getType() instanceof JavaParameterizedType collection
                    ? collection.getActualTypeArguments().stream() : Stream.empty())
            .map(JavaType::toErasure)
            .filter(element -> element.isAnnotatedWith(Embeddable.class))
            .map(JavaClass::getName)
            .collect(toUnmodifiableSet());

    /**
     * Pages and servlets read records made for them while the service's transaction is open (OrderView,
     * ProductView, PickupPointView, MailLogEntry, …), never an entity or a row one keeps: a lazy part reached while
     * rendering is a query outside any transaction, hidden in a getter, and an entity that a cache shares between
     * requests could be changed by any page (docs/DECISIONS.md, "Pages read view models"). The authentication
     * mechanism is no exception: the identity store gets an AccountIdentity, the session restores its caller from
     * names and keys kept in the HTTP session.
     */
    static final ArchRule PAGES_NEVER_SEE_AN_ENTITY = noClasses().that().resideInAPackage("org.orderdesk.web..")
            .should().dependOnClassesThat(are(describe("entities or rows an entity keeps",
                    type -> type.isAnnotatedWith(Entity.class) || ROWS_OF_ENTITIES.contains(type.getName()))));

    @Test
    void pagesNeverSeeAnEntity() {
        PAGES_NEVER_SEE_AN_ENTITY.check(APPLICATION);
    }

    @Test
    void theRowsOfEntitiesAreTheOrdersLinesAndHistoryAndTheTicketsMessages() {
        assertEquals(Set.of(OrderLine.class.getName(), StatusChange.class.getName(), TicketMessage.class.getName()),
                ROWS_OF_ENTITIES);
    }

    @Test
    void theRuleCatchesAPageThatSeesAnEntity() {
        // EntityPage, in the web module's tests, takes a product and an order line where it should take their views.
        JavaClasses page = new ClassFileImporter().importPackages("org.orderdesk.web.bypass");

        List<String> violations = PAGES_NEVER_SEE_AN_ENTITY.evaluate(page).getFailureReport().getDetails();
        assertTrue(violations.stream().anyMatch(line -> line.contains("EntityPage") && line.contains("Product")));
        assertTrue(violations.stream().anyMatch(line -> line.contains("EntityPage") && line.contains("OrderLine")));
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
     * Libraries that do their work on data (pictures, templates, the schema, security keys' signed answers) are reached through one class of ours
     * each, which gives the rest of the shop only what it needs (ASVS 14.2.6): a flaw or an upgrade of the library
     * touches that class and its tests, and nothing else can call the library's wider API by accident.
     */
    static final Map<String, String> LIBRARY_ADAPTERS = Map.of(
            "com.google.zxing..", CodeImages.class.getName(),
            "com.samskivert.mustache..", MailTemplates.class.getName(),
            "liquibase..", SchemaMigration.class.getName(),
            "com.webauthn4j..", SecurityKeyVerifier.class.getName());

    @Test
    void eachDataLibraryIsReachedThroughOneClassOfOurs() {
        LIBRARY_ADAPTERS.forEach((library, adapter) -> onlyThroughItsAdapter(library, adapter).check(APPLICATION));
    }

    /** OmniFaces helps pages render and answer: the services and the domain never see it. */
    @Test
    void onlyPagesUseOmniFaces() {
        noClasses().that().resideOutsideOfPackage("org.orderdesk.web..")
                .should().dependOnClassesThat().resideInAPackage("org.omnifaces..")
                .check(APPLICATION);
    }

    @Test
    void theRuleCatchesALibraryUsedPastItsAdapter() {
        JavaClasses bypass = new ClassFileImporter().importPackages("org.orderdesk.architecture.bypass");

        assertTrue(onlyThroughItsAdapter("com.google.zxing..", CodeImages.class.getName()).evaluate(bypass)
                .getFailureReport().getDetails().stream().anyMatch(line -> line.contains("DrawingPage")));
    }

    private static ArchRule onlyThroughItsAdapter(String library, String adapter) {
        return noClasses().that().doNotHaveFullyQualifiedName(adapter)
                .should().dependOnClassesThat().resideInAPackage(library)
                .as("only " + adapter + " uses " + library);
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

    /**
     * In the EAR the domain jar sits in lib/ and the EJB jar beside it, each with a class loader of its own, so a
     * package split over both is two packages at run time: package-private access between its halves compiles and
     * then fails with IllegalAccessError. The domain's half of a feature lives in its {@code .domain} package.
     */
    @Test
    void everyPackageLivesInOneModule() {
        assertEquals(Map.of(), packagesInMoreThanOneModule(APPLICATION));
    }

    @Test
    void theRuleCatchesAPackageSplitOverTwoModules() {
        // SplitPackageFixture, in the web module's tests, shares org.orderdesk.shared with the domain module.
        JavaClasses split = new ClassFileImporter().importPackages("org.orderdesk.shared");

        assertEquals(Set.of("order-domain", "order-web"), packagesInMoreThanOneModule(split).get("org.orderdesk.shared"));
    }

    private static Map<String, Set<String>> packagesInMoreThanOneModule(JavaClasses classes) {
        Map<String, Set<String>> modulesByPackage = classes.stream().collect(groupingBy(JavaClass::getPackageName,
                TreeMap::new, mapping(ArchitectureTest::module, toCollection(TreeSet::new))));
        modulesByPackage.values().removeIf(modules -> modules.size() == 1);
        return modulesByPackage;
    }

    private static final Pattern MODULE = Pattern.compile("order-(domain|ejb|web)");

    /** order-domain, order-ejb or order-web: from the class's target folder or jar. */
    private static String module(JavaClass type) {
        String location = type.getSource().map(source -> source.getUri().toString()).orElse("");
        Matcher module = MODULE.matcher(location);
        return module.find() ? module.group() : location;
    }

    /** JpaOrderRepository, JpaOutbox, …: named for JPA and implementing a port of their own package. */
    private static boolean isJpaAdapter(JavaClass type) {
        return type.getSimpleName().startsWith("Jpa") && type.getRawInterfaces().stream()
                .anyMatch(port -> port.getPackageName().equals(type.getPackageName()));
    }

    private static boolean writes(JavaMethodCall call) {
        var target = call.getTarget();
        return target.getOwner().isAssignableTo(EntityManager.class) && WRITING_METHODS.contains(target.getName())
                || target.getOwner().isAssignableTo(Query.class) && "executeUpdate".equals(target.getName());
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
