package nl.regioportaal.plugins;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The plugin jars the build made (target/test-plugins) and variants of them for the upload tests. */
public final class TestPlugins {

    private TestPlugins() {}

    public static byte[] upload(String name) {
        return read(Path.of("target/test-plugins/upload/plugin-" + name + ".jar"));
    }

    public static byte[] bundled(String name) {
        return read(Path.of("target/test-plugins/bundled/plugin-" + name + ".jar"));
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException("plugin jar missing (run the build from the root): " + path, e);
        }
    }

    /** A copy of a plugin jar with other manifest values and extra entries (null manifest = none at all). */
    public static byte[] variant(
            byte[] jar, Map<String, String> manifestChanges, Map<String, String> extraEntries, boolean dropManifest) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Manifest manifest = new Manifest(in.getManifest());
            manifestChanges.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
            try (ZipOutputStream zip = dropManifest ? new ZipOutputStream(out) : new JarOutputStream(out, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
                for (Map.Entry<String, String> extra : extraEntries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(extra.getKey()));
                    zip.write(extra.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small archive that unpacks to a lot: one entry of {@code megabytes} zeros. */
    public static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("plugin.properties"));
            zip.write("plugin.id=bomb\nplugin.version=1.0.0\n".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static InputStream unused() {
        return null;
    }
}
