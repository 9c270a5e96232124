package nl.regioportaal.plugins.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.plugins.ActivePlugin;
import nl.regioportaal.plugins.PluginService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PluginRoutesTest extends KaribuTest {

    @Autowired
    PluginRoutes pluginRoutes;

    @Autowired
    PluginService plugins;

    /**
     * Right after a start the first users' UIs are created while the plugins start: two syncs at once
     * must not both add a route (Vaadin refused the second as ambiguous, and that page was not drawn).
     */
    @Test
    void twoSyncsAtOnceBothEndWithEveryPluginRouteRegisteredOnce() throws Exception {
        Set<String> wanted = plugins.running().stream()
                .flatMap(p -> p.module().views().stream().map(v -> ActivePlugin.route(p.id(), v.path())))
                .collect(Collectors.toSet());
        assertThat(wanted).as("the demo's running plugins have views").isNotEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                // a registry as a freshly started Vaadin service has it: no plugin routes yet
                ApplicationRouteRegistry registry =
                        new ApplicationRouteRegistry(VaadinService.getCurrent().getContext()) {};
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Void> sync = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    pluginRoutes.sync(registry);
                    return null;
                };
                for (Future<Void> done : pool.invokeAll(List.of(sync, sync))) {
                    done.get(); // rethrows what a sync threw
                }
                assertThat(wanted)
                        .allSatisfy(path ->
                                assertThat(registry.getNavigationTarget(path)).contains(PluginViewHost.class));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
