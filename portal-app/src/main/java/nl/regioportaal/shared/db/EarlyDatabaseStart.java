package nl.regioportaal.shared.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig.EmbeddedDatabase;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as its settings are known, so that the
 * server comes up while Spring reads its configuration and creates the web server, instead of after
 * (issue 15, point 9: one to two seconds of a restart). The {@code embeddedDatabase} bean then takes the
 * running server ({@link #claim}); with other settings, or without this listener, it starts one itself.
 *
 * <p>Registered by the application's {@code main} only, after {@link SecondPortalCheck}: the tests
 * start their contexts themselves. {@code portal.embedded-db.early-start=false} turns it off (the
 * start-up measurement's run without measures). If the start fails before the bean took the server,
 * the server is stopped again, so no MariaDB is left running.
 */
public class EarlyDatabaseStart implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyDatabaseStart.class);
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(Settings settings, CompletableFuture<EmbeddedDatabase> server) {

        /** Waits for the server and stops it: nobody will use it. */
        void stopWhenUp() {
            server.thenAccept(EmbeddedDatabase::stop)
                    .exceptionally(failure -> null)
                    .join();
        }
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent) {
            Pending unclaimed = PENDING.getAndSet(null);
            if (unclaimed != null) {
                unclaimed.stopWhenUp();
            }
        }
    }

    private static void start(ConfigurableEnvironment environment) {
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()
                || !environment.getProperty("portal.embedded-db.early-start", Boolean.class, true)) {
            return;
        }
        Settings settings = new Settings(
                Path.of(environment.getProperty("portal.embedded-db.data-dir", "data/mariadb")),
                environment.getProperty("portal.embedded-db.port", Integer.class, 0),
                environment.getProperty("portal.embedded-db.fresh", Boolean.class, false));
        CompletableFuture<EmbeddedDatabase> server = new CompletableFuture<>();
        Thread starter = new Thread(
                () -> {
                    try {
                        server.complete(EmbeddedMariaDbConfig.start(settings));
                    } catch (Throwable failure) {
                        server.completeExceptionally(failure);
                    }
                },
                "embedded-db-start");
        Pending previous = PENDING.getAndSet(new Pending(settings, server));
        if (previous != null) {
            previous.stopWhenUp();
        }
        starter.start();
    }

    /**
     * The server started early with these settings, once it is up; empty if none was started with them.
     * A failure of the early start is thrown here, as the bean's own start would have thrown it.
     */
    static Optional<EmbeddedDatabase> claim(Settings settings) throws Exception {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null) {
            return Optional.empty();
        }
        if (!pending.settings().equals(settings)) {
            LOG.warn("embedded MariaDB started early with {}, but the context wants {}", pending.settings(), settings);
            pending.stopWhenUp();
            return Optional.empty();
        }
        try {
            return Optional.of(pending.server().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
