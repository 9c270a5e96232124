package nl.regioportaal.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The time rule (docs/architecture.md, "Time"): main code of the portal and its plugins asks the
 * portal's {@link Clock} for "now" and never the JVM's zone, so a node's zone setting cannot change a
 * deadline, and a test can fix the date. Only the clock's own configuration chooses a zone.
 */
class TimeRulesTest {

    static final ArchRule NO_JVM_ZONE_NOR_CLOCKLESS_NOW = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("nl.regioportaal.shared.ClockConfig")
            .should()
            .callMethod(ZoneId.class, "systemDefault")
            .orShould()
            .callMethod(TimeZone.class, "setDefault", TimeZone.class)
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(LocalTime.class, "now")
            .orShould()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(YearMonth.class, "now")
            .orShould()
            .callMethod(Year.class, "now")
            .because("\"now\" comes from the portal's Clock (zone Europe/Amsterdam), never from the JVM's zone");

    @Test
    void mainCodeOfThePortalAndThePluginsUsesThePortalsClock() throws IOException {
        JavaClasses main = new ClassFileImporter().importPaths(mainClassDirectories());
        assertThat(main.contain("nl.regioportaal.shared.ClockConfig")).isTrue();
        assertThat(main.stream().anyMatch(c -> c.getPackageName().startsWith("nl.regioportaal.plugins.quickscan")))
                .as("the plugins' classes are checked too")
                .isTrue();
        NO_JVM_ZONE_NOR_CLOCKLESS_NOW.check(main);
    }

    @Test
    void theRuleSeesANowWithoutTheClock() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesTheJvmClock.class);
        assertThatThrownBy(() -> NO_JVM_ZONE_NOR_CLOCKLESS_NOW.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LocalDate.now()")
                .hasMessageContaining("ZoneId.systemDefault()");
        JavaClasses fine = new ClassFileImporter().importClasses(UsesThePortalClock.class);
        NO_JVM_ZONE_NOR_CLOCKLESS_NOW.check(fine);
    }

    /** portal-app's and every plugin's compiled main classes (the reactor builds the plugins first). */
    private static List<Path> mainClassDirectories() throws IOException {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of("target/classes"));
        try (Stream<Path> plugins = Files.list(Path.of("../plugins"))) {
            plugins.map(p -> p.resolve("target/classes"))
                    .filter(Files::isDirectory)
                    .forEach(dirs::add);
        }
        return dirs;
    }

    static class UsesTheJvmClock {
        LocalDate today() {
            return LocalDate.now();
        }

        ZoneId zone() {
            return ZoneId.systemDefault();
        }
    }

    static class UsesThePortalClock {
        LocalDate today(Clock clock) {
            return LocalDate.now(clock);
        }
    }
}
