package nl.regioportaal.plugins;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportaal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erasures (AVG) that plugins still owe: a plugin that is not running when a person is erased is remembered
 * here, in the erasure's transaction, and asked as soon as it runs again, on whichever node starts it. A
 * plugin that throws keeps its row and is asked at its next start; two nodes asking at once is harmless, as
 * plugins make erasure safe to repeat (plugin API 1.4.0).
 */
@Component
class PendingPluginErasures {

    private static final Logger LOG = LoggerFactory.getLogger(PendingPluginErasures.class);
    private static final Logger AUDIT = LoggerFactory.getLogger("nl.regioportaal.security.audit");

    private final PluginRuntime runtime;
    private final PendingPluginErasureRepository pending;
    private final Clock clock;

    PendingPluginErasures(PluginRuntime runtime, PendingPluginErasureRepository pending, Clock clock) {
        this.runtime = runtime;
        this.pending = pending;
        this.clock = clock;
        runtime.onChange(this::askThePluginsThatRun);
    }

    /** Called inside the person's erasure: these plugins could not be asked now. */
    void remember(List<String> pluginIds, long personId) {
        for (String pluginId : pluginIds) {
            if (!pending.existsByPluginIdAndPersonId(pluginId, personId)) {
                pending.save(new PendingPluginErasure(pluginId, personId, clock.instant()));
            }
        }
    }

    /** A plugin's data is gone with the plugin: nothing left to erase. */
    void forget(String pluginId) {
        pending.forgetPlugin(pluginId);
    }

    /** After every change in the running plugins (a start, an upgrade): the plugins that run now erase. */
    void askThePluginsThatRun() {
        Map<String, ActivePlugin> running =
                runtime.active().stream().collect(Collectors.toMap(ActivePlugin::id, Function.identity()));
        if (running.isEmpty()) {
            return;
        }
        for (PendingPluginErasure owed : pending.findByPluginIdInOrderById(List.copyOf(running.keySet()))) {
            ActivePlugin plugin = running.get(owed.getPluginId());
            try {
                SystemAuthentication.run(() -> plugin.module().erasePersonalData(owed.getPersonId()));
                pending.done(owed.getId());
                AUDIT.info("plugin {} erased person={} (owed since the erasure)", plugin.id(), owed.getPersonId());
            } catch (RuntimeException e) {
                LOG.warn(
                        "plugin {} could not erase person={} yet; asked again at its next start",
                        plugin.id(),
                        owed.getPersonId(),
                        e);
            }
        }
    }
}
