package nl.regioportaal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the source text that the formatter cannot enforce. Reads every Java file of the
 * repository (portal and plugins), so a rule broken anywhere fails the portal's build.
 */
class SourceRulesTest {

    /** A package path followed by a class name, e.g. {@code java.util.Map}, outside imports. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?<![\\w.\"])(?:java|javax|jakarta|org\\.springframework|com\\.vaadin|nl\\.regioportaal|org\\.slf4j|org\\.pf4j)"
                    + "(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");

    static List<Path> javaSources() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/"))
                    .filter(f ->
                            !f.toString().contains("/target/") && !f.toString().contains("/node_modules/"))
                    .toList();
        }
    }

    @Test
    void classesAreImportedNotWrittenOutInline() throws IOException {
        List<Path> sources = javaSources();
        assertThat(sources).hasSizeGreaterThan(100);
        List<String> offences = new ArrayList<>();
        for (Path file : sources) {
            if (file.getFileName().toString().equals("package-info.java")) {
                continue; // annotations on a package cannot be imported
            }
            List<String> lines = Files.readAllLines(file);
            Set<String> imported = importedSimpleNames(lines);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (isImportCommentOrPackage(line)) {
                    continue;
                }
                Matcher m = QUALIFIED_NAME.matcher(withoutStrings(line));
                // allowed only where the simple name is taken by another import (Vaadin's and Spring's Component)
                if (m.find() && !imported.contains(m.group().substring(m.group().lastIndexOf('.') + 1))) {
                    offences.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        assertThat(offences)
                .as("fully-qualified class names written inline (import them)")
                .isEmpty();
    }

    @Test
    void theRuleSeesAnInlineName() {
        assertThat(QUALIFIED_NAME
                        .matcher(withoutStrings("var m = new java.util.HashMap<String, String>();"))
                        .find())
                .isTrue();
        assertThat(QUALIFIED_NAME
                        .matcher(withoutStrings("log(\"java.util.HashMap\");"))
                        .find())
                .isFalse();
    }

    private static Set<String> importedSimpleNames(List<String> lines) {
        Set<String> names = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith("import ") && !line.startsWith("import static ")) {
                names.add(line.substring(line.lastIndexOf('.') + 1, line.length() - 1));
            }
        }
        return names;
    }

    private static boolean isImportCommentOrPackage(String line) {
        return line.startsWith("import ")
                || line.startsWith("package ")
                || line.startsWith("//")
                || line.startsWith("*")
                || line.startsWith("/*");
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }
}
