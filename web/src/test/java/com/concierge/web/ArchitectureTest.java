package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each module rule holds for the production code and fails on the fixture that breaks it
 * ({@code com.concierge.web.archfixture}).
 */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
class ArchitectureTest {

    private static final String ROOT = "com.concierge";
    private static final String FIXTURE = "com.concierge.web.archfixture";

    private static JavaClasses production;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // the kernel's test jar (generated personal data)
                .importPackages(ROOT);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThat(production.contain("com.concierge.catalog.internal.CatalogService"))
                .as("the module jars are on the classpath").isTrue();
    }

    @Test
    void modulesUseEachOthersApiNeverInternals() {
        holdsAndCanFail(ModuleRules::modulesUseEachOthersApiNeverInternals, "BetaThief");
    }

    @Test
    void modulesFormNoCycles() {
        holdsAndCanFail(ModuleRules::noCyclesBetweenModules, "GammaApi");
    }

    @Test
    void webNeverTouchesModuleInternals() {
        holdsAndCanFail(ModuleRules::webNeverTouchesInternals, "LeakyResource");
    }

    @Test
    void webNeverCallsModulesOnlyMethods() {
        holdsAndCanFail(ModuleRules::webNeverCallsModulesOnlyMethods, "NosyResource");
    }

    @Test
    void everyAdminChangeIsRecorded() {
        holdsAndCanFail(ModuleRules::adminChangesAreRecorded, "UnrecordedResource");
    }

    @Test
    void apisNeverDependOnInternals() {
        holdsAndCanFail(ModuleRules::apisNeverDependOnInternals, "LeakyApi");
    }

    @Test
    void entitiesLiveInInternalPackages() {
        holdsAndCanFail(ModuleRules::entitiesLiveInInternalPackages, "StrayEntity");
    }

    @Test
    void tablesArePrefixedWithTheirModule() {
        holdsAndCanFail(ModuleRules::tablesArePrefixedWithTheirModule, "beta_stray");
    }

    @Test
    void incomingHandlersLiveInMessagingPackages() {
        holdsAndCanFail(ModuleRules::incomingHandlersLiveInMessagingPackages, "StrayHandler");
    }

    @Test
    void eventsLiveInApiEventsPackages() {
        holdsAndCanFail(ModuleRules::eventsLiveInApiEventsPackages, "StrayEvent");
    }

    @Test
    void routesCountTheirConsumers() {
        holdsAndCanFail(ModuleRules::routesCountTheirConsumers, "MiscountedRoute declares 2 consumers of fixture-channel but 1");
    }

    private static void holdsAndCanFail(Function<String, ArchRule> rule, String violator) {
        rule.apply(ROOT).check(production);
        assertThatThrownBy(() -> rule.apply(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator);
    }
}
