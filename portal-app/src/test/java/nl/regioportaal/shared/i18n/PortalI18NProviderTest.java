package nl.regioportaal.shared.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dutch and English bundles hold the same keys, and every key the code names exists. */
class PortalI18NProviderTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|title\\s*=)\\s*\\(?\\s*\"([a-z][a-zA-Z0-9_.-]+)\"");

    @Test
    void dutchAndEnglishMessageBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("i18n/messages_en.properties")).isEqualTo(keys("i18n/messages_nl.properties"));
    }

    @Test
    void dutchAndEnglishValidationBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("ValidationMessages_en.properties")).isEqualTo(keys("ValidationMessages_nl.properties"));
    }

    @Test
    void everyKeyNamedInTheCodeIsInTheBundles() throws IOException {
        Set<String> known = keys("i18n/messages_nl.properties");
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
        assertThat(provider.getTranslation("start.welcome", Locale.of("nl"), "Anne")).isEqualTo("Welkom, Anne.");
        assertThat(provider.getTranslation("start.welcome", Locale.ENGLISH, "Anne")).isEqualTo("Welcome, Anne.");
        assertThat(provider.getTranslation("start.welcome", Locale.GERMAN, "Anne")).isEqualTo("Welkom, Anne.");
        assertThat(provider.getTranslation("no.such.key", Locale.of("nl"))).isEqualTo("!no.such.key!");
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PortalI18NProviderTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
