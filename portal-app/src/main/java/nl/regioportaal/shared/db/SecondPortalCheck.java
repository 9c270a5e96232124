package nl.regioportaal.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A second portal started on a data directory that a running portal holds stops at once, with one sentence
 * and exit code 1, before Spring prints its banner or starts anything. (Without this check the embedded
 * server would fail to start after half a minute, with a stack trace.) Registered by the application's
 * {@code main} only: the tests start several contexts in one JVM, which {@link EmbeddedMariaDbConfig}
 * already keeps apart.
 */
public class SecondPortalCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final int EXIT_CODE = 1;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("portal.embedded-db.data-dir", "data/mariadb"))
                .toAbsolutePath()
                .normalize();
        DataDirectoryGuard.inUse(dataDir).ifPresent(sentence -> {
            System.err.println(sentence);
            System.exit(EXIT_CODE);
        });
    }
}
