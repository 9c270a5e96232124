package nl.regioportaal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher {@code ./portal} (the README's two commands) on a machine whose default Java is too
 * old: it finds a JDK 21+ by itself, or stops with one sentence that says what to install. The
 * machine is simulated: JAVA_HOME unset, a Java 17 first on the PATH, JDK folders made up in a temp
 * directory (a fake JDK is a release file plus {@code bin/java} and {@code bin/javac}).
 */
class LauncherTest {

    private static final Path LAUNCHER =
            Path.of("..", "portal").toAbsolutePath().normalize();
    /** The JDK running this test: 21 or newer, since the build needs that. */
    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"run", "test", "mvn -v", "doctor"})
    void withNoJdk21AnywhereItStopsAtOnceWithOneSentence(String command) throws Exception {
        Path emptySearchPath = Files.createDirectories(temp.resolve("no-jdks-here"));

        Result result = launch(oldJavaFirstOnPath(), emptySearchPath.toString(), null, command.split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).hasSize(1);
        assertThat(result.stderr().getFirst())
                .contains("needs a JDK 21 or newer", "Temurin", "install one or set JAVA_HOME");
        assertThat(result.stdout()).as("nothing built or started").isEmpty();
    }

    @Test
    void anOldJavaHomeAndAnOldJavaOnThePathAreSkippedForAJdkOnTheSearchPath() throws Exception {
        Path oldJavaHome = fakeJdk(temp.resolve("old-home"), "17.0.2", true);

        // a search path entry may be a JDK itself, or a folder of JDKs
        Result result = launch(oldJavaFirstOnPath(), THIS_JDK.toString(), oldJavaHome, "doctor");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .containsExactly(
                        "JAVA_HOME=" + THIS_JDK + " (Java " + Runtime.version().feature() + ")");
    }

    @Test
    void theNewestJdkOnTheSearchPathWinsAndARuntimeWithoutCompilerIsPassedOver() throws Exception {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        fakeJdk(first.resolve("jdk-22"), "22.0.1", true);
        Path newest = fakeJdk(second.resolve("jdk-24"), "24.0.2", true);
        fakeJdk(second.resolve("jre-26"), "26", false);

        Result result =
                launch(oldJavaFirstOnPath(), first + ":" + temp.resolve("missing") + ":" + second, null, "doctor");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).containsExactly("JAVA_HOME=" + newest + " (Java 24)");
    }

    @Test
    void aRecentJavaHomeIsUsedAsItIs() throws Exception {
        Path javaHome = fakeJdk(temp.resolve("home-21"), "21.0.8", true);
        Path searchDir = Files.createDirectories(temp.resolve("jvm"));
        fakeJdk(searchDir.resolve("jdk-25"), "25", true);

        Result result = launch(oldJavaFirstOnPath(), searchDir.toString(), javaHome, "doctor");

        assertThat(result.stdout()).containsExactly("JAVA_HOME=" + javaHome + " (Java 21)");
    }

    @Test
    void mavenRunsOnTheJdkTheLauncherFound() throws Exception {
        Result result = launch(oldJavaFirstOnPath(), THIS_JDK.toString(), null, "mvn", "-v");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .anyMatch(line ->
                        line.startsWith("Java version: " + Runtime.version().feature()));
    }

    private record Result(int exitCode, List<String> stdout, List<String> stderr) {}

    /** Runs the launcher with only the given environment (JAVA_HOME unset unless given). */
    private Result launch(Path pathFirst, String searchPath, Path javaHome, String... args) throws Exception {
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(LAUNCHER.toString());
        builder.command().addAll(List.of(args));
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("HOME", System.getProperty("user.home")); // the Maven wrapper keeps Maven under ~/.m2
        env.put("PATH", pathFirst + ":/usr/bin:/bin");
        env.put("PORTAL_JDK_SEARCH_PATH", searchPath);
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome.toString());
        }
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS))
                .as("launcher finished")
                .isTrue();
        return new Result(process.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    /** A Java 17 with a compiler but no release file: the launcher has to ask it for its version. */
    private Path oldJavaFirstOnPath() throws IOException {
        Path home = temp.resolve("java-17");
        if (!Files.exists(home)) {
            script(home.resolve("bin/java"), "echo 'openjdk version \"17.0.15\" 2025-04-15' >&2");
            script(home.resolve("bin/javac"), "exit 0");
        }
        return home.resolve("bin");
    }

    private static Path fakeJdk(Path home, String version, boolean withCompiler) throws IOException {
        script(home.resolve("bin/java"), "echo 'openjdk version \"" + version + "\"' >&2");
        if (withCompiler) {
            script(home.resolve("bin/javac"), "exit 0");
        }
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
