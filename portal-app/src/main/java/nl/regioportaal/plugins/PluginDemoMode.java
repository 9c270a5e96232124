package nl.regioportaal.plugins;

import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this portal runs the demo (demo data on the embedded database, or asked for with
 * {@code portal.demo-data=true}): unsigned uploads are then accepted, shipped plugins are signed with the
 * demo key, and a newly installed plugin is asked for its demo data.
 */
@Component
class PluginDemoMode {

    private final boolean on;

    PluginDemoMode(
            @Value("${portal.demo-data:auto}") String demoMode,
            ObjectProvider<EmbeddedMariaDbConfig.EmbeddedDatabase> embeddedDatabase) {
        this.on = "true".equalsIgnoreCase(demoMode)
                || ("auto".equalsIgnoreCase(demoMode) && embeddedDatabase.getIfAvailable() != null);
    }

    boolean on() {
        return on;
    }
}
