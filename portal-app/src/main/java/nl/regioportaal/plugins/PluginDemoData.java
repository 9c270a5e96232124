package nl.regioportaal.plugins;

import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.DemoDataCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets the running plugins add their demo data ({@code PortalModule.createDemoData()}) once the portal's
 * own demo data is committed: the event only marks that a demo was created, the plugins run afterwards
 * (ordered after the demo seeder), each on its own. A plugin that throws here would otherwise roll back the
 * whole demo, since the event comes inside the seeder's transaction.
 */
@Component
@Order(20)
class PluginDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDemoData.class);

    private final PluginService plugins;
    private final PluginFailures failures;
    private volatile boolean demoCreated;

    PluginDemoData(PluginService plugins, PluginFailures failures) {
        this.plugins = plugins;
        this.failures = failures;
    }

    @EventListener
    void demoCreated(DemoDataCreated event) {
        demoCreated = true;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoCreated) {
            return;
        }
        plugins.running().forEach(plugin -> create(plugin, failures));
    }

    /**
     * Asks one plugin for its demo data, as the system user: after the portal's own demo data, and when a
     * plugin is first installed into a portal with demo data (API 1.3.0). A plugin that throws is marked
     * failed; the demo carries on.
     */
    static void create(ActivePlugin plugin, PluginFailures failures) {
        try {
            SystemAuthentication.run(() -> plugin.module().createDemoData());
            LOG.info("demo: plugin {} asked for its demo data", plugin.id());
        } catch (RuntimeException e) {
            // a plugin built against API 1.0 inherits the default (nothing to do) and never gets here
            LOG.error("demo: plugin {} could not add its demo data", plugin.id(), e);
            failures.record(plugin.id(), "plugins.failed.demo", String.valueOf(e.getMessage()));
        }
    }
}
