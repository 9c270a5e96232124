package nl.regioportaal.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo signs the plugins it ships (those in {@code portal.plugins.bundled-dir}, byte for byte) with a
 * demo key it makes for itself, so that the admin screen shows a signer as it would for a region's own key.
 * It shows how signing looks; it adds no trust (the key lives only in this run of the demo). Outside the
 * demo nothing is signed here: only keys in {@code portal.plugins.trusted-keys-dir} count.
 */
@Component
class DemoPluginSigner {

    /** The signer's name the admin screen shows for a shipped plugin in the demo. */
    static final String SIGNER = "regio-eemland-demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPluginSigner.class);

    private final PluginProperties properties;
    private final PluginDemoMode demo;
    private KeyPair keys;

    DemoPluginSigner(PluginProperties properties, PluginDemoMode demo) {
        this.properties = properties;
        this.demo = demo;
    }

    /**
     * Signs a shipped archive with the demo key and checks the signature, as an upload's is checked.
     *
     * @return {@link #SIGNER}, or null outside the demo and for an archive the portal does not ship
     */
    String signShipped(Path archive) {
        if (!demo.on() || properties.bundledDir() == null) {
            return null;
        }
        Path shipped = properties.bundledDir().resolve(archive.getFileName());
        try {
            if (!Files.isRegularFile(shipped) || Files.mismatch(shipped, archive) != -1) {
                return null;
            }
            byte[] content = Files.readAllBytes(archive);
            Signature signer = Signature.getInstance("SHA512withRSA");
            signer.initSign(keys().getPrivate());
            signer.update(content);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA512withRSA");
            verifier.initVerify(keys().getPublic());
            verifier.update(content);
            return verifier.verify(signature) ? SIGNER : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            LOG.warn("shipped plugin {} not signed with the demo key", archive.getFileName(), e);
            return null;
        }
    }

    private synchronized KeyPair keys() throws GeneralSecurityException {
        if (keys == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        }
        return keys;
    }
}
