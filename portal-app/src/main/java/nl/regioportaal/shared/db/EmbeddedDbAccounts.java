package nl.regioportaal.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded MariaDB's accounts. It runs with its grant tables: {@code root} and the portal's own
 * account {@code portal} have passwords, generated once and kept in {@code <data dir>-credentials.properties}
 * (readable by the owner only). The accounts are (re)set at every start by MariaDB's {@code --init-file},
 * which also turns a data directory made by the previous version (run with {@code --skip-grant-tables},
 * root without a password, anonymous accounts) into this layout.
 *
 * <p>The portal account owns the portal's schema and may create the plugins' schemas ({@code plg_*}) and
 * their accounts, each limited to its own schema (see the plugins module).
 */
public final class EmbeddedDbAccounts {

    public static final String SCHEMA = "regioportaal";
    public static final String PORTAL_USER = "portal";

    /** Credentials of the embedded server: the portal's account, and root for the operator. */
    public record Credentials(String portalPassword, String rootPassword) {
        @Override
        public String toString() {
            return "Credentials[***]";
        }
    }

    private EmbeddedDbAccounts() {}

    static Path credentialsFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-credentials.properties");
    }

    /** Reads the stored credentials, or generates and stores them on first use. */
    static Credentials loadOrCreate(Path dataDir) {
        Path file = credentialsFile(dataDir);
        Properties p = new Properties();
        try {
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(in);
                }
            }
            if (p.getProperty("portal.password") == null || p.getProperty("root.password") == null) {
                p.setProperty("portal.password", randomPassword());
                p.setProperty("root.password", randomPassword());
                writeOwnerOnly(file, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("credentials file " + file, e);
        }
        return new Credentials(p.getProperty("portal.password"), p.getProperty("root.password"));
    }

    private static void writeOwnerOnly(Path file, Properties p) throws IOException {
        Files.deleteIfExists(file);
        createOwnerOnly(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "Embedded MariaDB accounts of the portal (generated once; keep private)");
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    /** 192 random bits, hex: a password for a database account. */
    public static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Writes the statements for {@code --init-file} (owner-only, deleted once the server is up). They are
     * idempotent: anonymous accounts and the world-writable {@code test} schema go, root gets its password,
     * the portal account its schema and the right to set up plugin schemas and accounts.
     */
    static Path writeInitFile(Path dataDir, Credentials credentials) {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-init.sql");
        String sql = String.join(
                "\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '';",
                "DROP DATABASE IF EXISTS test;",
                "FLUSH PRIVILEGES;",
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY '" + credentials.rootPassword() + "';",
                "CREATE DATABASE IF NOT EXISTS `" + SCHEMA + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + PORTAL_USER + "'@'%' IDENTIFIED BY '" + credentials.portalPassword()
                        + "';",
                "ALTER USER '" + PORTAL_USER + "'@'%' IDENTIFIED BY '" + credentials.portalPassword() + "';",
                "GRANT ALL PRIVILEGES ON `" + SCHEMA + "`.* TO '" + PORTAL_USER + "'@'%';",
                "GRANT ALL PRIVILEGES ON `plg\\_%`.* TO '" + PORTAL_USER + "'@'%' WITH GRANT OPTION;",
                "GRANT CREATE USER ON *.* TO '" + PORTAL_USER + "'@'%';",
                "FLUSH PRIVILEGES;",
                "");
        try {
            Files.deleteIfExists(file);
            createOwnerOnly(file);
            Files.writeString(file, sql);
        } catch (IOException e) {
            throw new UncheckedIOException("init file " + file, e);
        }
        return file;
    }
}
