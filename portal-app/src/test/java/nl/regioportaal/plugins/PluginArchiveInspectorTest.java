package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The archive checks that need no portal: the signature rule and the streamed size limit. */
class PluginArchiveInspectorTest {

    private static PluginProperties properties(String requireSignature, long maxUploadBytes) {
        return new PluginProperties(null, null, false, maxUploadBytes, null, null, null, requireSignature);
    }

    @Test
    void signaturesAreRequiredOutsideTheDemoUnlessConfiguredOtherwise() {
        assertThat(properties(null, 1).signatureRequired(false))
                .as("default, no demo")
                .isTrue();
        assertThat(properties("auto", 1).signatureRequired(true)).as("the demo").isFalse();
        assertThat(properties("true", 1).signatureRequired(true)).isTrue();
        assertThat(properties("false", 1).signatureRequired(false)).isFalse();
    }

    @Test
    void anUnsignedArchiveIsRefusedOutsideTheDemoAndAcceptedInIt() throws Exception {
        Path jar = Files.createTempFile("unsigned", ".jar");
        try {
            Files.write(jar, TestPlugins.bundled("template"));
            PluginProperties props = properties("auto", 20L * 1024 * 1024);

            assertThatThrownBy(() -> new PluginArchiveInspector(props, props.signatureRequired(false))
                            .inspect("template.jar", jar))
                    .isInstanceOfSatisfying(
                            PluginRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("plugins.reject.unsigned"));

            PluginArchive accepted =
                    new PluginArchiveInspector(props, props.signatureRequired(true)).inspect("template.jar", jar);
            assertThat(accepted.id()).isEqualTo("template");
            assertThat(accepted.signedBy()).isNull();
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    /**
     * The signature file as docs/plugins.md makes it ({@code openssl dgst -sha512 -sign … -out plugin.jar.sig}:
     * raw bytes), for twenty versions of a plugin: each is accepted and names its signer. One raw signature in
     * five or so was refused before, because a lenient Base64 decoder turned it into garbage first.
     */
    @Test
    void rawSignaturesAreAcceptedWhateverTheirBytes() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair key = generator.generateKeyPair();
        Path keys = Files.createTempDirectory("trusted-keys");
        Path jar = Files.createTempFile("signed", ".jar");
        try {
            Files.writeString(
                    keys.resolve("gemeente-test.pem"),
                    "-----BEGIN PUBLIC KEY-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(key.getPublic().getEncoded())
                            + "\n-----END PUBLIC KEY-----\n");
            PluginProperties props =
                    new PluginProperties(null, null, false, 20L * 1024 * 1024, null, null, keys, "true");
            PluginArchiveInspector inspector = new PluginArchiveInspector(props, true);
            for (int version = 1; version <= 20; version++) {
                byte[] archive = TestPlugins.variant(
                        TestPlugins.bundled("template"),
                        Map.of("Plugin-Id", "signedtest", "Plugin-Version", "1.0." + version),
                        Map.of(),
                        false);
                Files.write(jar, archive);
                Signature signer = Signature.getInstance("SHA512withRSA");
                signer.initSign(key.getPrivate());
                signer.update(archive);
                byte[] raw = signer.sign();

                assertThat(inspector.inspect("signedtest.jar", jar, raw).signedBy())
                        .as("raw signature of version 1.0." + version)
                        .isEqualTo("gemeente-test");
                assertThat(inspector
                                .inspect(
                                        "signedtest.jar",
                                        jar,
                                        Base64.getMimeEncoder().encode(raw))
                                .signedBy())
                        .as("the same signature as Base64 text")
                        .isEqualTo("gemeente-test");
            }
        } finally {
            Files.deleteIfExists(jar);
            try (var files = Files.list(keys)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(keys);
        }
    }

    @Test
    void anUploadIsCutOffAtTheSizeLimitWhileReading() {
        PluginProperties props = properties("false", 1024);
        PluginArchiveInspector inspector = new PluginArchiveInspector(props, false);
        // a stream that would never end: the limit must stop the reading, not the end of the stream
        var endless = new InputStream() {
            long read;

            @Override
            public int read() {
                read++;
                return 0;
            }
        };
        assertThatThrownBy(() -> inspector.receive(endless))
                .isInstanceOfSatisfying(
                        PluginRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plugins.reject.too-large"));
        assertThat(endless.read).isLessThan(200_000);

        Path received = inspector.receive(new ByteArrayInputStream(new byte[1000]));
        assertThat(received).exists().hasSize(1000);
        PluginArchiveInspector.deleteQuietly(received);
    }
}
