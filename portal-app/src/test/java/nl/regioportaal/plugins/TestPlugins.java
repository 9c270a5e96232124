package nl.regioportaal.plugins;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

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

    /**
     * A copy of a plugin jar whose one extension is the given class, compiled here against the test's
     * class path (which has the plugin API and, unlike a plugin's build, the portal's classes).
     *
     * @param className fully qualified, e.g. {@code test.hostile.HostileModule}
     */
    public static byte[] withModule(byte[] jar, Map<String, String> manifestChanges, String className, String source) {
        try {
            Path dir = Files.createTempDirectory("plugin-src");
            Path file = dir.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
            Files.writeString(file, source);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int result = compiler.run(
                    null,
                    null,
                    null,
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    dir.toString(),
                    file.toString());
            if (result != 0) {
                throw new IllegalStateException("test plugin did not compile");
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            String path = className.replace('.', '/');
            try (var classes = Files.walk(dir)) {
                for (Path c :
                        classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                    entries.put(dir.relativize(c).toString(), Files.readAllBytes(c));
                }
            }
            entries.put("META-INF/extensions.idx", (className + "\n").getBytes(StandardCharsets.UTF_8));
            if (!entries.containsKey(path + ".class")) {
                throw new IllegalStateException("compiled, but no " + path + ".class");
            }
            return replaceEntries(jar, manifestChanges, entries);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template as plugin {@code id} whose one module has a name and the given members besides. */
    public static byte[] moduleWith(String id, String members) {
        String pkg = "test." + id;
        return withModule(bundled("template"), Map.of("Plugin-Id", id), pkg + ".Module", """
                package %s;

                import nl.regioportaal.plugins.api.PluginContext;
                import nl.regioportaal.plugins.api.PortalModule;
                import nl.regioportaal.plugins.api.Text;

                public class Module implements PortalModule {
                    @Override
                    public Text name() {
                        return Text.of("Test", "Test");
                    }

                    %s
                }
                """.formatted(pkg, members));
    }

    /** The template as plugin {@code id} whose module throws when asked to erase a person's data. */
    public static byte[] failingToErase(String id) {
        return moduleWith(id, """
                @Override
                public void erasePersonalData(long personId) {
                    throw new IllegalStateException("database weg");
                }
                """);
    }

    /**
     * The template as plugin {@code id} whose module uses a portal class ({@code nl.regioportaal.training}),
     * as a plugin compiled against the portal's sources by mistake would.
     */
    public static byte[] usingPortalClass(String id) {
        String pkg = "test." + id;
        return withModule(bundled("template"), Map.of("Plugin-Id", id), pkg + ".CoupledModule", """
                package %s;

                import nl.regioportaal.plugins.api.PortalModule;
                import nl.regioportaal.plugins.api.Text;
                import nl.regioportaal.training.TrainingPlanService;

                public class CoupledModule implements PortalModule {
                    private TrainingPlanService training;

                    @Override
                    public Text name() {
                        return Text.of("Gekoppeld", "Coupled " + training);
                    }
                }
                """.formatted(pkg));
    }

    /** A copy with other manifest values where the given entries replace (or add to) the jar's own. */
    public static byte[] replaceEntries(byte[] jar, Map<String, String> manifestChanges, Map<String, byte[]> entries) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Manifest manifest = new Manifest(in.getManifest());
            manifestChanges.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
            try (JarOutputStream zip = new JarOutputStream(out, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    if (entries.containsKey(entry.getName())) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
                for (Map.Entry<String, byte[]> extra : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(extra.getKey()));
                    zip.write(extra.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
