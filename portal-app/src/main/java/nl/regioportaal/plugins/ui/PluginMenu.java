package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.base.ui.MenuContributor;
import nl.regioportaal.plugins.ActivePlugin;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.api.MenuEntry;
import nl.regioportaal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The side-menu entries of the plugins enabled for the user, each only if the user may open its view.
 * Titles are the plugin's own texts (the shell shows them as they are). A plugin whose menu throws is
 * marked failed and simply has no entries.
 */
@Component
class PluginMenu implements MenuContributor {

    private static final Logger LOG = LoggerFactory.getLogger(PluginMenu.class);

    private final PluginService plugins;

    PluginMenu(PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<Item> menuItems(PortalUser user) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        List<Item> items = new ArrayList<>();
        for (ActivePlugin plugin : plugins.visibleTo(user)) {
            try {
                for (MenuEntry entry : plugin.module().menu()) {
                    boolean allowed = plugin.view(entry.path())
                            .map(v -> v.permission() == null || plugin.context().hasPermission(v.permission()))
                            .orElse(false);
                    if (allowed) {
                        items.add(new Item(
                                entry.title().in(locale),
                                "/" + ActivePlugin.route(plugin.id(), entry.path()),
                                entry.icon(),
                                entry.order()));
                    }
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.error("plugin {} menu failed", plugin.id(), e);
                plugins.reportFailure(
                        plugin.id(), "plugins.failed.menu", e.getClass().getSimpleName());
            }
        }
        return items;
    }
}
