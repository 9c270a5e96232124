package nl.regioportaal.plugins;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where plugins live and the limits an upload must stay within.
 *
 * @param dir              installed plugin jars (read at start, written by uploads); not {@code ./plugins}, which holds the plugins' sources
 * @param bundledDir       plugins shipped with the portal, copied into {@code dir} on first start (when {@code dir} does not exist yet)
 * @param fresh            empty {@code dir} at start (tests)
 * @param maxUploadBytes   largest archive accepted
 * @param maxUnpackedBytes largest total size of the archive's contents (archive-bomb limit)
 * @param maxEntries       most entries an archive may have
 * @param trustedKeysDir   directory of trusted public keys ({@code *.pem}, X.509 RSA); null for none
 * @param requireSignature refuse unsigned archives: {@code auto} (the default) everywhere but in the demo,
 *                         {@code true} or {@code false}
 */
@ConfigurationProperties("portal.plugins")
record PluginProperties(
        Path dir,
        Path bundledDir,
        boolean fresh,
        Long maxUploadBytes,
        Long maxUnpackedBytes,
        Integer maxEntries,
        Path trustedKeysDir,
        String requireSignature) {

    PluginProperties {
        dir = dir == null ? Path.of("data/plugins") : dir;
        maxUploadBytes = maxUploadBytes == null ? 20L * 1024 * 1024 : maxUploadBytes;
        maxUnpackedBytes = maxUnpackedBytes == null ? 100L * 1024 * 1024 : maxUnpackedBytes;
        maxEntries = maxEntries == null ? 5000 : maxEntries;
        trustedKeysDir = trustedKeysDir == null || trustedKeysDir.toString().isEmpty() ? null : trustedKeysDir;
        requireSignature = requireSignature == null || requireSignature.isBlank() ? "auto" : requireSignature;
    }

    /** Whether unsigned archives are refused; {@code demo}: this portal runs the demo. */
    boolean signatureRequired(boolean demo) {
        return switch (requireSignature.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> !demo;
        };
    }
}
