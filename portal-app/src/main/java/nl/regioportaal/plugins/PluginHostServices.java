package nl.regioportaal.plugins;

import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import nl.regioportaal.notify.Notices;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;

/**
 * The portal services behind every plugin's context. They are looked up here on each call instead of
 * being fields of the context, so that the objects a plugin receives do not lead, field by field, to the
 * portal's beans and from there to its DataSource (the way the first hostile plugin read the host's
 * {@code jdbc} field). This is no sandbox: code in the same JVM can still reach statics; signatures carry
 * that part of the trust (docs/plugins.md).
 */
record PluginHostServices(
        CurrentUser currentUser,
        RegionDirectory directory,
        Notices notices,
        Function<String, Set<Long>> enabledMunicipalities) {

    /**
     * One portal per JVM in production; tests may start a second Spring context in the same JVM (a
     * simulated second node). The newest living context's services serve, and a closed context's are
     * removed again, so a plugin never reaches services whose context has gone.
     */
    private static final Deque<PluginHostServices> INSTALLED = new ConcurrentLinkedDeque<>();

    static void install(PluginHostServices services) {
        INSTALLED.push(services);
    }

    static void uninstall(PluginHostServices services) {
        INSTALLED.remove(services);
    }

    static PluginHostServices get() {
        PluginHostServices services = INSTALLED.peek();
        if (services == null) {
            throw new IllegalStateException("plugin host services not installed");
        }
        return services;
    }
}
