package nl.regioportaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.regioportaal.modulesfixture.FixtureRoot;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Module boundaries are real: no cycles, no reaching into another module's internals, and no use of
 * a module that the user's {@code package-info.java} does not list in {@code allowedDependencies}.
 * The same run writes the module documentation into {@code docs/modules}, so it cannot go stale.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    /** Where the generated diagrams and module canvases are committed (surefire runs in portal-app). */
    static final Path DOCS = Path.of("..", "docs", "modules");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() {
        // without allowedDependencies a module may use every other module's API: the default we rule out
        assertThat(MODULES.stream())
                .allSatisfy(module -> assertThat(
                                declaredDependencies(module.getBasePackage().getName()))
                        .as(
                                "allowedDependencies in %s/package-info.java",
                                module.getBasePackage().getName())
                        .isNotNull()
                        .doesNotContain(ApplicationModule.OPEN_TOKEN));
    }

    @Test
    void aModuleUsingAModuleItDidNotDeclareFailsVerification() {
        // test classes are left out by default; the fixture lives among them
        ApplicationModules fixture = ApplicationModules.of(FixtureRoot.class.getPackageName(), location -> true);

        assertThat(fixture.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("agenda", "forum", "intervisie");
        assertThatThrownBy(fixture::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Module 'agenda' depends on module 'forum'")
                .hasMessageContaining("AgendaService -> nl.regioportaal.modulesfixture.forum.ForumService")
                // intervisie uses forum too, but declared it
                .hasMessageNotContaining("Module 'intervisie'");
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram :
                    diagrams.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        try (Stream<Path> files = Files.list(DOCS)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains("components.puml", "module-training.puml", "module-training.adoc");
        }
    }

    private static String[] declaredDependencies(String packageName) {
        try {
            ApplicationModule module =
                    Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
            return module == null ? null : module.allowedDependencies();
        } catch (ClassNotFoundException noPackageInfo) {
            return null;
        }
    }

    /**
     * The Documenter writes a diagram's elements and relations in an order that changes from run to
     * run; sorted, the committed files change only when the modules do.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.strip().startsWith("Rel(") || line.strip().startsWith("Component(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            result.addAll(run);
            run.clear();
            result.add(line);
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }

    @Test
    void diagramLinesAreSortedWithinTheirBlock() {
        assertThat(inStableOrder(List.of("@startuml", "Rel(b)", "Rel(a)", "", "  Component(y)", "  Component(x)", "}")))
                .containsExactly("@startuml", "Rel(a)", "Rel(b)", "", "  Component(x)", "  Component(y)", "}");
    }
}
