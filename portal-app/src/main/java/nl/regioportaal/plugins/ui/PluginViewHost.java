package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import nl.regioportaal.plugins.ActivePlugin;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host of every plugin screen. {@link PluginRoutes} registers this class at run time for each view
 * path a plugin declares ({@code plugin/<id>/<path>}); on entering, it checks that the plugin is enabled
 * for the user's municipality and that the user holds the view's permission (a direct URL from another
 * municipality is refused), then lets the plugin build the content. Vaadin never instantiates a plugin
 * class: the plugin's own factory does, so its class loader and constructor are the plugin's business.
 * If the factory throws, the user sees a Dutch error card and the plugin is marked failed.
 */
@PermitAll
public class PluginViewHost extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginViewHost.class);

    private final transient PluginService plugins;
    private final transient CurrentUser currentUser;
    private String title = "";

    public PluginViewHost(PluginService plugins, CurrentUser currentUser) {
        this.plugins = plugins;
        this.currentUser = currentUser;
        addClassName("rp-page");
        addClassName("rp-plugin-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        String rest = path.startsWith("plugin/") ? path.substring("plugin/".length()) : "";
        int slash = rest.indexOf('/');
        String pluginId = slash < 0 ? rest : rest.substring(0, slash);
        String viewPath = slash < 0 ? "" : rest.substring(slash + 1);
        PortalUser user = currentUser.require();

        if (!plugins.isRunning(pluginId)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<ActivePlugin> plugin = plugins.visibleTo(user, pluginId);
        Optional<PluginView> view = plugin.flatMap(p -> p.view(viewPath));
        if (plugin.isEmpty()
                || view.isEmpty()
                || (view.get().permission() != null
                        && !plugin.get().context().hasPermission(view.get().permission()))) {
            LOG.warn("plugin view {} refused for {}", path, user.getUsername());
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        title = view.get().title().in(getLocale());
        add(new H2(title));
        add(content(plugin.get(), view.get()));
    }

    private Component content(ActivePlugin plugin, PluginView view) {
        try {
            Component content = view.factory().create();
            if (content == null) {
                throw new IllegalStateException("view factory returned null");
            }
            return content;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("plugin {} view '{}' failed", plugin.id(), view.path(), e);
            plugins.reportFailure(
                    plugin.id(),
                    "plugins.failed.view",
                    view.path(),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return errorCard(getTranslation(
                    "plugins.error-card.view", plugin.module().name().in(getLocale())));
        }
    }

    static Div errorCard(String text) {
        Div error = new Div(new Paragraph(text));
        error.addClassName("rp-error-card");
        error.addClassName("rp-card");
        return error;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
