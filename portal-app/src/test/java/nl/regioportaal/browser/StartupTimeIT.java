package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 9: how long a restart takes to a drawn login page, without and with the start-up
 * measures of {@code ./portal run} (the jar extracted, the JDK's AOT cache recorded by a training run),
 * in the same run, alternating. Only in the profile {@code startup}, never in CI (docs/performance.md,
 * "Start-up"): {@code ./portal mvn -B -q -DskipTests package} first, then
 * {@code ./portal mvn -B -Pstartup -pl portal-app -am test -Dtest=StartupTimeIT -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes target/startup.md.
 */
class StartupTimeIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("portal-app/target/portal-app-0.1.0-SNAPSHOT.jar");
    private static final Path WORK = Path.of("target/startup").toAbsolutePath();
    private static final Path APP = WORK.resolve("app");
    private static final Path CACHE = APP.resolve("portal.aot");
    private static final int ROUNDS = Integer.getInteger("startup.rounds", 5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * The start-up measures that are settings, turned off for the run without measures: the embedded
     * database started early, Hibernate built beside the rest of the context with the repositories after it,
     * no schema validation at start (the tests validate the schema), and the repositories' queries parsed by
     * Spring Data when they are created instead of when first used.
     */
    private static final List<String> WITHOUT_MEASURES = List.of(
            "--portal.embedded-db.early-start=false",
            "--spring.data.jpa.repositories.bootstrap-mode=default",
            "--spring.jpa.hibernate.ddl-auto=validate",
            "--portal.jpa.parse-queries-on-first-use=false");

    @Test
    void restartToADrawnLoginPageWithoutAndWithTheStartupMeasures() throws Exception {
        Browser.assumeAvailable();
        assertThat(JAR)
                .as("the portal jar (./portal mvn -B -q -DskipTests package)")
                .exists();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        String java = ProcessHandle.current().info().command().orElse("java");
        run(List.of(java, "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination", APP.toString()));
        Path extractedJar = APP.resolve(JAR.getFileName());

        try (Browser browser = new Browser("http://127.0.0.1")) {
            // the first start creates the demo data; the training run records the AOT cache of a whole start
            restart("first-start", List.of(java, "-jar", JAR.toString()), browser);
            List<String> training = new ArrayList<>(List.of("-XX:AOTCacheOutput=" + CACHE));
            training.addAll(options("startup.trainingJvmOptions"));
            restart("training", withCache(java, training, extractedJar), browser);
            assertThat(CACHE)
                    .as("the AOT cache the training run wrote when it stopped")
                    .exists();

            List<Start> plain = new ArrayList<>();
            List<Start> measured = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                List<String> withoutMeasures = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
                withoutMeasures.addAll(WITHOUT_MEASURES);
                plain.add(restart("plain-" + round, withoutMeasures, browser));
                measured.add(restart(
                        "measured-" + round, withCache(java, List.of("-XX:AOTCache=" + CACHE), extractedJar), browser));
            }
            report(plain, measured);
        }
    }

    private static List<String> withCache(String java, List<String> cacheOptions, Path extractedJar) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(cacheOptions);
        command.add("-Xlog:aot*=error");
        command.addAll(options("startup.jvmOptions"));
        command.addAll(List.of("-jar", extractedJar.toString()));
        return command;
    }

    /**
     * JVM options tried on the runs with the measures ({@code startup.jvmOptions}, training run included) or on
     * the training run alone ({@code startup.trainingJvmOptions}); docs/performance.md, "Start-up".
     */
    private static List<String> options(String property) {
        String options = System.getProperty(property, "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * One restart, in seconds from the process start: to the first answer of {@code /login} and to the drawn
     * login form; and how long the same page takes once the portal is ready (the drawing without the start
     * beside it).
     */
    private record Start(double answered, double drawn, double drawnAgain) {}

    /**
     * Starts the portal, measures a {@link Start} of it, and stops it
     * once it says it is ready (after the demo data on a first start, after the plugins on every start), so
     * that every restart finds the same data and every stop is a clean one.
     */
    private static Start restart(String name, List<String> command, Browser browser) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PORTAL_DATA_DIR", WORK.resolve("data").toString());
        long started = System.nanoTime();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        try {
            awaitLoginAnswers(port, process);
            double answered = (System.nanoTime() - started) / 1e9;
            browser.driver().get("http://127.0.0.1:" + port + "/login");
            awaitLoginForm(browser);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "startup: %s: /login answered after %.1f s, login page drawn after %.1f s%n",
                    name, answered, seconds);
            awaitReady(WORK.resolve(name + ".log"), process);
            // the same page once the portal is ready: what of the first drawing was the start still going on
            browser.driver().get("about:blank");
            long again = System.nanoTime();
            browser.driver().get("http://127.0.0.1:" + port + "/login");
            awaitLoginForm(browser);
            double drawnAgain = (System.nanoTime() - again) / 1e9;
            System.out.printf("startup: %s: drawn again once ready in %.1f s%n", name, drawnAgain);
            return new Start(answered, seconds, drawnAgain);
        } finally {
            // SIGTERM, as a service manager stops it; the training run writes its cache now
            process.destroy();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(name + " stops").isTrue();
        }
    }

    /**
     * Until the login form's user name field shows, looking every 20 ms: the usual wait looks every 500 ms,
     * which would add a quarter of a second on average to every measured start, and so weigh more on the
     * shorter one.
     */
    private static void awaitLoginForm(Browser browser) {
        browser.waitFor(Browser.LOGIN_USER_NAME, Duration.ofMillis(20));
    }

    private static void awaitLoginAnswers(int port, Process process) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the portal is running").isTrue();
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no login page on port " + port + " within 5 minutes");
    }

    private static void awaitReady(Path log, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the portal is running").isTrue();
            if (Files.readString(log).contains("Regioportaal is ready")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the portal did not say it was ready within 5 minutes: " + log);
    }

    private static void report(List<Start> plain, List<Start> measured) throws IOException {
        String text = String.join(
                "\n",
                "| restart, median of " + ROUNDS
                        + " | to the first answer | to a drawn login page | drawn (runs) | drawn again once ready |",
                "| --- | --- | --- | --- | --- |",
                row("`java -jar`, measures off (`" + String.join(" ", WITHOUT_MEASURES) + "`)", plain),
                row("extracted jar with the AOT cache (`./portal run`)", measured),
                String.format(
                        "| ratio | %.2f | **%.2f** (goal ≤ 0.33) | | |",
                        median(measured, Start::answered) / median(plain, Start::answered),
                        median(measured, Start::drawn) / median(plain, Start::drawn)),
                "");
        Files.writeString(WORK.resolveSibling("startup.md"), text);
        System.out.println(text);
    }

    private static String row(String variant, List<Start> starts) {
        return String.format(
                "| %s | %.1f s | %.1f s | %s | %.1f s |",
                variant,
                median(starts, Start::answered),
                median(starts, Start::drawn),
                starts.stream().map(s -> String.format("%.1f", s.drawn())).collect(Collectors.joining(", ")),
                median(starts, Start::drawnAgain));
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> value) {
        return median(starts.stream().map(value::applyAsDouble).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("extract.log").toFile())
                .start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
