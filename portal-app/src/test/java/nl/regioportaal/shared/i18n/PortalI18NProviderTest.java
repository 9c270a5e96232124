package nl.regioportaal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Dutch and English bundles hold the same keys, and every key the code names exists. */
class PortalI18NProviderTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation|translate|title\\s*=)\\s*\\(?\\s*\"([a-z][a-zA-Z0-9_.-]+)\"");

    @Test
    void everyModuleBundleHasTheSameKeysInDutchAndEnglish() throws IOException {
        Path dir = Path.of("src/main/resources/i18n");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> dutch = files.filter(f -> f.getFileName().toString().endsWith("_nl.properties"))
                    .toList();
            assertThat(dutch).isNotEmpty();
            for (Path nl : dutch) {
                Path en = nl.resolveSibling(nl.getFileName().toString().replace("_nl.properties", "_en.properties"));
                assertThat(en).as("English bundle beside " + nl.getFileName()).exists();
                assertThat(keys(en)).as(en.getFileName().toString()).isEqualTo(keys(nl));
            }
        }
        assertThat(PortalI18NProvider.messages("i18n/*_en.properties").keySet())
                .isEqualTo(PortalI18NProvider.messages("i18n/*_nl.properties").keySet());
    }

    @Test
    void dutchAndEnglishValidationBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("ValidationMessages_en.properties")).isEqualTo(keys("ValidationMessages_nl.properties"));
    }

    @Test
    void everyKeyNamedInTheCodeIsInTheBundles() throws IOException {
        Set<String> known = PortalI18NProvider.messages("i18n/*_nl.properties").keySet();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    // a key ending in a dot is a prefix completed at run time (e.g. "team.kind." + kind)
                    if (!m.group(1).endsWith(".") && !known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from messages_nl").isEmpty();
    }

    @Test
    void translatesInDutchByDefaultAndFormatsParameters() {
        PortalI18NProvider provider = new PortalI18NProvider();
        assertThat(provider.getTranslation("start.welcome", Locale.of("nl"), "Anne"))
                .isEqualTo("Welkom, Anne.");
        assertThat(provider.getTranslation("start.welcome", Locale.ENGLISH, "Anne"))
                .isEqualTo("Welcome, Anne.");
        assertThat(provider.getTranslation("start.welcome", Locale.GERMAN, "Anne"))
                .isEqualTo("Welkom, Anne.");
        assertThat(provider.getTranslation("no.such.key", Locale.of("nl"))).isEqualTo("!no.such.key!");
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PortalI18NProviderTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
