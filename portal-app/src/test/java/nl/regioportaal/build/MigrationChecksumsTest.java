package nl.regioportaal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed migration scripts are never edited (see "Migrations" in docs/architecture.md). Every
 * script of the portal ({@code migrations/}) and of the shipped plugins
 * ({@code plugins/<plugin>/src/main/resources/db/plugin/<id>/}) has its SHA-256, taken over the file's
 * bytes, in {@code migrations/checksums.txt}. An edited script fails the build; a new script only
 * needs its line added, and the failure prints that line.
 */
class MigrationChecksumsTest {

    static final String LIST = "migrations/checksums.txt";

    /** Scripts after the last one that predates the naming scheme: {@code V<n>__<module>_<what>.sql}. */
    private static final Pattern PORTAL_SCRIPT = Pattern.compile("V(\\d+)__([a-z][a-z0-9]*)_([a-z0-9_]+)\\.sql");

    private static final Pattern ANY_VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private static final int LAST_VERSION_BEFORE_THE_SCHEME = 20;

    @Test
    void everyScriptMatchesItsCommittedChecksum() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();

        assertThat(scripts(root)).as("scripts found").containsKey("migrations/V1__region_and_accounts.sql");
        assertThat(problems(root)).isEmpty();
    }

    @Test
    void portalScriptsHaveOneVersionEachAndFollowTheNamingScheme() throws IOException {
        Map<Integer, String> versions = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "migrations"))) {
            for (String name :
                    files.map(f -> f.getFileName().toString()).sorted().toList()) {
                if (!name.endsWith(".sql")) {
                    continue;
                }
                Matcher any = ANY_VERSION.matcher(name);
                if (!any.matches()) {
                    problems.add(name + ": not a versioned script V<n>__<module>_<what>.sql");
                    continue;
                }
                int version = Integer.parseInt(any.group(1));
                String clash = versions.put(version, name);
                if (clash != null) {
                    problems.add(name + " and " + clash + " share version " + version
                            + ": take the next free number when merging");
                }
                if (version > LAST_VERSION_BEFORE_THE_SCHEME
                        && !PORTAL_SCRIPT.matcher(name).matches()) {
                    problems.add(name + ": name it V" + version + "__<module>_<what>.sql");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anEditedScriptFailsAndSaysToAddANewOne(@TempDir Path copy) throws IOException {
        Path root = copyOfTheScripts(copy);
        Path script = root.resolve("migrations/V10__training.sql");
        Files.writeString(script, Files.readString(script) + "\n-- a change after the fact\n");

        assertThat(problems(root))
                .singleElement()
                .asString()
                .contains("migrations/V10__training.sql")
                .contains("add a new script instead");
    }

    @Test
    void aNewScriptWithoutItsLineFailsAndPrintsTheLineToAdd(@TempDir Path copy) throws IOException {
        Path root = copyOfTheScripts(copy);
        Path script = root.resolve("migrations/V99__forum_topics.sql");
        Files.writeString(script, "CREATE TABLE forum_topic (id BIGINT PRIMARY KEY);\n");

        assertThat(problems(root))
                .singleElement()
                .asString()
                .contains("add this line to " + LIST)
                .contains("migrations/V99__forum_topics.sql " + sha256(script));
    }

    @Test
    void aDeletedScriptFails(@TempDir Path copy) throws IOException {
        Path root = copyOfTheScripts(copy);
        Files.delete(root.resolve("migrations/V2__quartz_job_store.sql"));

        assertThat(problems(root))
                .singleElement()
                .asString()
                .contains("migrations/V2__quartz_job_store.sql")
                .contains("never removed");
    }

    /** Every difference between the scripts under {@code root} and the committed list, as a message. */
    static List<String> problems(Path root) throws IOException {
        Map<String, String> listed = listed(root.resolve(LIST));
        Map<String, String> actual = scripts(root);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> script : actual.entrySet()) {
            String committed = listed.get(script.getKey());
            if (committed == null) {
                problems.add("New script " + script.getKey() + ": add this line to " + LIST + ":\n" + script.getKey()
                        + " " + script.getValue());
            } else if (!committed.equals(script.getValue())) {
                problems.add(script.getKey() + " differs from the committed version (SHA-256 " + committed
                        + ", now " + script.getValue() + "). Committed scripts are never edited:"
                        + " restore it and add a new script instead (next free V<n>__<module>_<what>.sql).");
            }
        }
        for (String gone : listed.keySet()) {
            if (!actual.containsKey(gone)) {
                problems.add(gone + " is listed in " + LIST
                        + " but missing: committed scripts are never removed (databases have run it).");
            }
        }
        return problems;
    }

    /** Repository-relative path of every migration script, with its SHA-256. */
    static Map<String, String> scripts(Path root) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(root.resolve("migrations")));
        try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
            for (Path plugin : plugins.toList()) {
                Path perPlugin = plugin.resolve("src/main/resources/db/plugin");
                if (Files.isDirectory(perPlugin)) {
                    try (Stream<Path> ids = Files.list(perPlugin)) {
                        folders.addAll(ids.filter(Files::isDirectory).toList());
                    }
                }
            }
        }
        Map<String, String> scripts = new TreeMap<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    scripts.put(root.relativize(file).toString().replace('\\', '/'), sha256(file));
                }
            }
        }
        return scripts;
    }

    private static Map<String, String> listed(Path list) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("\\s+");
            listed.put(parts[0], parts[1]);
        }
        return listed;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    private static Path copyOfTheScripts(Path copy) throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (String script : scripts(root).keySet()) {
            Path target = copy.resolve(script);
            Files.createDirectories(target.getParent());
            Files.copy(root.resolve(script), target);
        }
        Files.copy(root.resolve(LIST), copy.resolve(LIST));
        assertThat(problems(copy)).as("the copy starts clean").isEmpty();
        return copy;
    }
}
