package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
