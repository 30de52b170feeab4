package sendtracker;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import sendtracker.exchange.SendFormat;

/** The layers' arrows point one way: domain ← store ← exchange ← service ← ui, cli. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("sendtracker");

    @Test
    void layersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Domain").definedBy("sendtracker.domain..")
                .layer("Store").definedBy("sendtracker.store..")
                .layer("Exchange").definedBy("sendtracker.exchange..")
                .layer("Service").definedBy("sendtracker.service..")
                .layer("Ui").definedBy("sendtracker.ui..")
                .layer("Cli").definedBy("sendtracker.cli..")
                .layer("Wiring").definedBy("sendtracker")
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "Wiring")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Service", "Wiring")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Exchange", "Service", "Ui", "Cli", "Wiring")
                // The one export format type is named where the user picks it: the window's file name and the
                // command line's --format (docs/decisions/0009-layering-checked-by-archunit.md).
                .ignoreDependency(JavaClass.Predicates.resideInAnyPackage("sendtracker.ui..", "sendtracker.cli.."),
                        JavaClass.Predicates.equivalentTo(SendFormat.class))
                .check(classes);
    }

    @Test
    void windowAndCommandLineReachTheStoreOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("sendtracker.ui..", "sendtracker.cli..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("sendtracker.store..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Exception"))))
                .because("the window and the command line use the service layer; they only tell store errors apart")
                .check(classes);
    }

    @Test
    void domainIsPureJava() {
        noClasses().that().resideInAPackage("sendtracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb..", "com.fasterxml..", "de.siegmar..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheAppTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("sendtracker.ui..", "sendtracker")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }
}
