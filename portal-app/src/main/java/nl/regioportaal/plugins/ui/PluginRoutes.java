package nl.regioportaal.plugins.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.MainLayout;
import nl.regioportaal.plugins.ActivePlugin;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.api.PluginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps Vaadin's application route registry in step with the running plugins: each view a started
 * plugin declares gets the route {@code plugin/<id>/<path>} (target {@link PluginViewHost}, inside the
 * portal's {@link MainLayout}); a stopped or uninstalled plugin's routes are removed. Runs when a Vaadin
 * service starts, when a UI is created (cheap when nothing changed) and whenever the plugins change.
 * Whether a user may open a route is decided per request by {@link PluginViewHost}, not here.
 *
 * <p>One sync at a time: the first requests after a start create UIs while the plugins are still being
 * started, and two syncs that both found a route missing would both add it (Vaadin refuses the second
 * as an ambiguous route, and that user's page failed to draw).
 */
@Component
class PluginRoutes implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRoutes.class);
    private static final List<Class<? extends RouterLayout>> LAYOUT = List.of(MainLayout.class);

    private final PluginService plugins;
    /** Registries of the Vaadin services that are alive (one in production; one per test in Karibu). */
    private final Set<ApplicationRouteRegistry> registries =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** The plugin paths this class registered, per registry; guarded by {@link #syncLock}. */
    private final Map<ApplicationRouteRegistry, Set<String>> registered = new WeakHashMap<>();

    private final Object syncLock = new Object();

    PluginRoutes(PluginService plugins) {
        this.plugins = plugins;
        plugins.onChange(this::syncAll);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry registry =
                ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        registries.add(registry);
        sync(registry);
        event.getSource().addUIInitListener(ui -> syncForPage(registry));
    }

    /** A page is drawn even if the plugin routes could not be brought in step (its plugin links then fail alone). */
    private void syncForPage(ApplicationRouteRegistry registry) {
        try {
            sync(registry);
        } catch (RuntimeException e) {
            LOG.warn("plugin routes could not be brought in step", e);
        }
    }

    private void syncAll() {
        List<ApplicationRouteRegistry> all;
        synchronized (registries) {
            all = List.copyOf(registries);
        }
        all.forEach(this::sync);
    }

    void sync(ApplicationRouteRegistry registry) {
        synchronized (syncLock) {
            // read under the lock too, so a sync that waited does not undo a newer one with an older state
            // (plugins.running() takes no lock)
            Set<String> wanted = plugins.running().stream()
                    .flatMap(p ->
                            p.module().views().stream().map((PluginView v) -> ActivePlugin.route(p.id(), v.path())))
                    .collect(Collectors.toSet());
            // one RouteData per target class (the other paths are aliases), so ask path by path
            Set<String> candidates = new HashSet<>(wanted);
            candidates.addAll(registered.getOrDefault(registry, Set.of()));
            Set<String> present = candidates.stream()
                    .filter(p -> registry.getNavigationTarget(p)
                            .filter(PluginViewHost.class::equals)
                            .isPresent())
                    .collect(Collectors.toSet());
            if (wanted.equals(present)) {
                return;
            }
            RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
            routes.update(() -> {
                present.stream().filter(p -> !wanted.contains(p)).forEach(routes::removeRoute);
                wanted.stream()
                        .filter(p -> !present.contains(p))
                        .forEach(p -> routes.setRoute(p, PluginViewHost.class, LAYOUT));
            });
            registered.put(registry, Set.copyOf(wanted));
            LOG.debug("plugin routes now {}", wanted);
        }
    }
}
