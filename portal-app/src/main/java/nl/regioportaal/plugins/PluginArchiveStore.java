package nl.regioportaal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Installed archives in the database ({@code plugin_archive}), so that every portal node can load what was
 * uploaded on one of them. The archive is stored in the same transaction as its installation row; a node
 * copies it into its own plugins directory and checks the SHA-512 of what it wrote before loading it.
 * Archives that are no longer installed keep their hash (not their content): a stale file in a directory is
 * then recognised as such.
 */
@Component
class PluginArchiveStore {

    /** A live archive: the plugin it holds, its hash and the file name it is installed under. */
    record Stored(String pluginId, String sha512, String fileName) {}

    private final JdbcTemplate jdbc;

    PluginArchiveStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Stores the archive as the plugin's live one (the previous one is kept as a hash only). Joins the caller's transaction. */
    void store(String pluginId, String sha512, Path file) {
        jdbc.update(
                "UPDATE plugin_archive SET live = FALSE, content = NULL WHERE plugin_id = ? AND sha512 <> ?",
                pluginId,
                sha512);
        try (InputStream content = Files.newInputStream(file)) {
            long length = Files.size(file);
            jdbc.update(
                    "INSERT INTO plugin_archive (sha512, plugin_id, file_name, content, live) VALUES (?, ?, ?, ?, TRUE) "
                            + "ON DUPLICATE KEY UPDATE plugin_id = VALUES(plugin_id), file_name = VALUES(file_name), "
                            + "content = VALUES(content), live = TRUE",
                    ps -> {
                        ps.setString(1, sha512);
                        ps.setString(2, pluginId);
                        ps.setString(3, file.getFileName().toString());
                        ps.setBinaryStream(4, content, length);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("plugin archive " + file, e);
        }
    }

    /** The plugin has no live archive any more (uninstalled). Joins the caller's transaction. */
    void remove(String pluginId) {
        jdbc.update("UPDATE plugin_archive SET live = FALSE, content = NULL WHERE plugin_id = ?", pluginId);
    }

    List<Stored> live() {
        return jdbc.query(
                "SELECT plugin_id, sha512, file_name FROM plugin_archive WHERE live ORDER BY plugin_id",
                (rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** Whether this hash belonged to an archive that has since been replaced or uninstalled. */
    boolean replaced(String sha512) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM plugin_archive WHERE sha512 = ? AND NOT live", Boolean.class, sha512));
    }

    /**
     * Writes the live archive into the directory (through a temporary file, so a half-written archive is never
     * seen there) and returns its path.
     *
     * @throws IllegalStateException when the archive is gone or what was written does not have its SHA-512
     */
    Path copyInto(Stored archive, Path dir) {
        Path target = dir.resolve(archive.fileName());
        try {
            if (Files.isRegularFile(target) && archive.sha512().equals(PluginArchiveInspector.sha512(target))) {
                return target;
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, ".sync-", ".part");
            try {
                boolean found = Boolean.TRUE.equals(jdbc.query(
                        "SELECT content FROM plugin_archive WHERE sha512 = ? AND live AND content IS NOT NULL",
                        rs -> {
                            if (!rs.next()) {
                                return false;
                            }
                            try (InputStream in = rs.getBinaryStream(1)) {
                                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            return true;
                        },
                        archive.sha512()));
                if (!found) {
                    throw new IllegalStateException("archive of plugin " + archive.pluginId() + " no longer stored");
                }
                if (!archive.sha512().equals(PluginArchiveInspector.sha512(part))) {
                    throw new IllegalStateException("archive of plugin " + archive.pluginId() + " damaged in transit");
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("plugin archive " + target, e);
        }
    }
}
