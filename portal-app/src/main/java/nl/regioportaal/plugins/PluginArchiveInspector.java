package nl.regioportaal.plugins;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.regioportaal.plugins.api.PluginApi;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * The checks an archive must pass before anything is installed: size, a readable archive that does not
 * unpack into more than the limit (archive bombs), a valid descriptor, a {@code requires} this portal
 * meets, no copy of the plugin API inside, and, where keys are configured, a trusted signature. Each
 * refusal names its reason with an i18n key; nothing is written outside a temporary file.
 */
class PluginArchiveInspector {

    /** Becomes part of table names ({@code plg_<id>_...}) and URLs, so: short, lower case, no dashes. */
    static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9_]{1,29}");

    private static final Pattern PORTAL_REFERENCE = Pattern.compile("nl/regioportaal/[A-Za-z0-9_/$]+");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    private final PluginProperties properties;
    private final boolean signatureRequired;
    private final VersionManager versions = new DefaultVersionManager();

    /** @param signatureRequired refuse unsigned archives (everywhere but the demo, see {@link PluginProperties}) */
    PluginArchiveInspector(PluginProperties properties, boolean signatureRequired) {
        this.properties = properties;
        this.signatureRequired = signatureRequired;
    }

    /**
     * Copies an upload to a temporary file, refusing it as soon as it passes the size limit (nothing is
     * held in memory). The caller deletes the file.
     */
    Path receive(InputStream content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("plugin-upload", ".part");
            try (InputStream in = content;
                    OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > properties.maxUploadBytes()) {
                        throw new PluginRejectedException(
                                "plugins.reject.too-large", properties.maxUploadBytes() / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof PluginRejectedException rejected) {
                throw rejected;
            }
            throw new PluginRejectedException("plugins.reject.not-an-archive");
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    /**
     * @param archive   the received archive (see {@link #receive})
     * @param signature detached signature (SHA512withRSA over the archive bytes, raw or Base64), or null
     */
    PluginArchive inspect(String fileName, Path archive) {
        return inspect(fileName, archive, null);
    }

    PluginArchive inspect(String fileName, Path archive, byte[] signature) {
        try {
            if (Files.size(archive) > properties.maxUploadBytes()) {
                throw new PluginRejectedException(
                        "plugins.reject.too-large", properties.maxUploadBytes() / (1024 * 1024));
            }
            String lower = fileName == null ? "" : fileName.toLowerCase();
            boolean zip = lower.endsWith(".zip");
            if (!zip && !lower.endsWith(".jar")) {
                throw new PluginRejectedException("plugins.reject.file-type");
            }
            Map<String, String> descriptor = readArchive(archive);
            return validate(descriptor, sha512(archive), verifySignature(archive, signature), zip);
        } catch (IOException e) {
            throw new PluginRejectedException("plugins.reject.not-an-archive");
        }
    }

    /** Reads every entry (counting real bytes, not the sizes the archive claims) and returns the descriptor. */
    private Map<String, String> readArchive(Path file) throws IOException {
        ZipFile archive;
        try {
            archive = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new PluginRejectedException("plugins.reject.not-an-archive");
        }
        try (archive) {
            if (archive.size() > properties.maxEntries()) {
                throw new PluginRejectedException(
                        "plugins.reject.archive-bomb", properties.maxUnpackedBytes() / (1024 * 1024));
            }
            long total = 0;
            Map<String, String> descriptor = new LinkedHashMap<>();
            Set<String> own = new HashSet<>();
            Set<String> referenced = new TreeSet<>();
            boolean hasExtensions = false;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                    throw new PluginRejectedException("plugins.reject.unsafe-path", name);
                }
                if (name.startsWith("nl/regioportaal/plugins/api/")
                        || name.startsWith("classes/nl/regioportaal/plugins/api/")
                        || name.startsWith("org/pf4j/")) {
                    throw new PluginRejectedException("plugins.reject.carries-api");
                }
                if (name.endsWith("META-INF/extensions.idx")
                        || name.startsWith("META-INF/services/nl.regioportaal.plugins.api.")) {
                    hasExtensions = true;
                }
                boolean isClass = name.endsWith(".class");
                if (isClass) {
                    own.add(name.substring(name.startsWith("classes/") ? 8 : 0, name.length() - 6));
                }
                ByteArrayOutputStreamWithLimit copy =
                        name.equals("META-INF/MANIFEST.MF") || name.equals("plugin.properties") || isClass
                                ? new ByteArrayOutputStreamWithLimit()
                                : null;
                try (InputStream in = archive.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > properties.maxUnpackedBytes()) {
                            throw new PluginRejectedException(
                                    "plugins.reject.archive-bomb", properties.maxUnpackedBytes() / (1024 * 1024));
                        }
                        if (copy != null) {
                            copy.write(buffer, 0, n);
                        }
                    }
                } catch (ZipException e) {
                    throw new PluginRejectedException("plugins.reject.not-an-archive");
                }
                if (isClass) {
                    collectPortalReferences(copy.toByteArray(), referenced);
                } else if (copy != null) {
                    readDescriptor(name, copy.toByteArray(), descriptor);
                }
            }
            refusePortalClasses(referenced, own);
            if (descriptor.get("id") == null) {
                throw new PluginRejectedException("plugins.reject.no-descriptor");
            }
            if (!hasExtensions) {
                throw new PluginRejectedException("plugins.reject.no-extensions");
            }
            return descriptor;
        }
    }

    /** Class names of the portal's own package a class file refers to (read from its constant pool text). */
    private static void collectPortalReferences(byte[] classFile, Set<String> referenced) {
        Matcher m = PORTAL_REFERENCE.matcher(new String(classFile, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            referenced.add(m.group());
        }
    }

    /**
     * A plugin that uses a portal class (other than the plugin API) would fail when it starts, since it
     * cannot see them (see {@link PluginVisibleClassLoader}); it is refused here already, with the class.
     */
    private static void refusePortalClasses(Set<String> referenced, Set<String> own) {
        ClassLoader portal = PluginArchiveInspector.class.getClassLoader();
        List<String> portalClasses = referenced.stream()
                .filter(name -> !own.contains(name))
                .filter(name -> !PluginVisibleClassLoader.visible(name.replace('/', '.')))
                .filter(name -> portal.getResource(name + ".class") != null)
                .map(name -> name.replace('/', '.'))
                .toList();
        if (!portalClasses.isEmpty()) {
            throw new PluginRejectedException("plugins.reject.portal-class", String.join(", ", portalClasses));
        }
    }

    /** plugin.properties wins over the manifest, as in PF4J's own compound finder. */
    private static void readDescriptor(String name, byte[] bytes, Map<String, String> descriptor) throws IOException {
        if (name.equals("plugin.properties")) {
            Properties p = new Properties();
            p.load(new ByteArrayInputStream(bytes));
            putIfPresent(descriptor, "id", p.getProperty("plugin.id"), true);
            putIfPresent(descriptor, "version", p.getProperty("plugin.version"), true);
            putIfPresent(descriptor, "requires", p.getProperty("plugin.requires"), true);
            putIfPresent(descriptor, "provider", p.getProperty("plugin.provider"), true);
            putIfPresent(descriptor, "description", p.getProperty("plugin.description"), true);
        } else {
            Attributes a = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
            putIfPresent(descriptor, "id", a.getValue("Plugin-Id"), false);
            putIfPresent(descriptor, "version", a.getValue("Plugin-Version"), false);
            putIfPresent(descriptor, "requires", a.getValue("Plugin-Requires"), false);
            putIfPresent(descriptor, "provider", a.getValue("Plugin-Provider"), false);
            putIfPresent(descriptor, "description", a.getValue("Plugin-Description"), false);
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value, boolean override) {
        if (value != null && !value.isBlank() && (override || !map.containsKey(key))) {
            map.put(key, value.trim());
        }
    }

    private PluginArchive validate(Map<String, String> d, String sha512, String signedBy, boolean zip) {
        String id = d.get("id");
        if (!PLUGIN_ID.matcher(id).matches()) {
            throw new PluginRejectedException("plugins.reject.bad-id", id);
        }
        String version = d.get("version");
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new PluginRejectedException("plugins.reject.bad-version", version == null ? "" : version);
        }
        String requires = d.getOrDefault("requires", "*");
        boolean met;
        try {
            met = versions.checkVersionConstraint(PluginApi.VERSION, requires);
        } catch (RuntimeException e) {
            throw new PluginRejectedException("plugins.reject.bad-requires", requires);
        }
        if (!met) {
            throw new PluginRejectedException("plugins.reject.requires", requires, PluginApi.VERSION);
        }
        return new PluginArchive(id, version, requires, d.get("provider"), d.get("description"), sha512, signedBy, zip);
    }

    static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha512(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the name of the trusted key that verifies the signature, null if unsigned and allowed. */
    private String verifySignature(Path archive, byte[] signature) throws IOException {
        if (signature == null || signature.length == 0) {
            if (signatureRequired) {
                throw new PluginRejectedException("plugins.reject.unsigned");
            }
            return null;
        }
        List<byte[]> candidates = signatureCandidates(signature);
        for (Map.Entry<String, PublicKey> key : trustedKeys().entrySet()) {
            for (byte[] candidate : candidates) {
                if (verifies(archive, key.getValue(), candidate)) {
                    return key.getKey();
                }
            }
        }
        throw new PluginRejectedException("plugins.reject.bad-signature");
    }

    private static boolean verifies(Path archive, PublicKey key, byte[] signature) throws IOException {
        try {
            Signature verifier = Signature.getInstance("SHA512withRSA");
            verifier.initVerify(key);
            try (InputStream in = Files.newInputStream(archive)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    verifier.update(buffer, 0, n);
                }
            }
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // not this key, or not a signature of its size
        }
    }

    /**
     * The signature as {@code openssl dgst -sign} writes it (raw bytes), or Base64 text of it. Raw bytes are
     * always tried: a lenient Base64 decoder also "decodes" many raw signatures into garbage, which refused
     * about one valid raw signature in five. Base64 only when the file is nothing but Base64 text.
     */
    private static List<byte[]> signatureCandidates(byte[] signature) {
        List<byte[]> candidates = new ArrayList<>();
        candidates.add(signature);
        String text = new String(signature, StandardCharsets.US_ASCII).replaceAll("\\s", "");
        if (text.matches("[A-Za-z0-9+/]+={0,2}")) {
            try {
                candidates.add(Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                // not Base64 after all: the raw bytes stay the only candidate
            }
        }
        return candidates;
    }

    /** Trusted keys: {@code <name>.pem} files holding an X.509 "PUBLIC KEY" (RSA). */
    Map<String, PublicKey> trustedKeys() {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        Path dir = properties.trustedKeysDir();
        if (dir == null || !Files.isDirectory(dir)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".pem")).sorted().toList()) {
                String pem = Files.readString(file)
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", "");
                keys.put(
                        file.getFileName().toString().replace(".pem", ""),
                        KeyFactory.getInstance("RSA")
                                .generatePublic(new X509EncodedKeySpec(
                                        Base64.getDecoder().decode(pem))));
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("trusted plugin keys in " + dir + " unreadable", e);
        }
        return keys;
    }

    /** Descriptor files are small; a huge "manifest" is itself suspicious and caught by the total limit. */
    private static final class ByteArrayOutputStreamWithLimit extends ByteArrayOutputStream {}
}
