package nl.regioportaal.shared;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A few plain lines on the console that tell the person who just typed the run command what is
 * happening: the database starting, demo data being created on the first start, and the address
 * to open once the portal is ready.
 *
 * <p>They go to standard output, not through the logger: they are for the person at the terminal,
 * in plain words without timestamps or levels, and the same facts are already logged as events
 * (the JSON log file gets those, not these). A logger of their own with a plain pattern would need
 * a logback configuration that replaces Spring Boot's defaults for everyone.
 */
@Component
public class StartupMessages {

    private static final String PREFIX = "Regioportaal";

    /** Set when demo accounts can be used (the demo seeder is on); names one of them. */
    private static volatile DemoLogin demoLogin;

    private record DemoLogin(String username, String password) {}

    /** The embedded database is about to start; {@code dataDir} is where it keeps its files. */
    public static void databaseStarting(Path dataDir) {
        print(PREFIX + ": database starting (embedded MariaDB in " + shown(dataDir) + ")…");
    }

    /** The first start fills the empty database; this takes a few seconds. */
    public static void creatingDemoData(String region) {
        print(PREFIX + ": first start — creating demo data for region " + region + "…");
    }

    /** Demo accounts exist: the ready line then says how to log in. */
    public static void demoAccounts(String exampleUsername, String password) {
        demoLogin = new DemoLogin(exampleUsername, password);
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        print(readyLine(event.getApplicationContext().getEnvironment()));
    }

    /** The address uses the port the server really listens on (PORT may be 0: any free port). */
    static String readyLine(Environment environment) {
        String url = "http://localhost:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                + environment.getProperty("server.servlet.context-path", "");
        DemoLogin demo = demoLogin;
        String login = demo == null
                ? ""
                : " and log in with a demo account, e.g. " + demo.username() + " (password " + demo.password()
                        + "; all accounts are in the README)";
        return PREFIX + " is ready: open " + url + login + ". Stop it with Ctrl+C.";
    }

    /** Relative to the working directory when inside it: that is how the README names ./data. */
    private static String shown(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? "./" + workingDirectory.relativize(absolute)
                : absolute.toString();
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
