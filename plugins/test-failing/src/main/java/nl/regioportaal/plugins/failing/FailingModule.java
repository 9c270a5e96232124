package nl.regioportaal.plugins.failing;

import java.util.List;
import nl.regioportaal.plugins.api.MenuEntry;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.plugins.api.ScheduledTask;
import nl.regioportaal.plugins.api.StartWidget;
import nl.regioportaal.plugins.api.Text;
import org.pf4j.Extension;

/** For the portal's isolation tests only (never shipped): its view, widget and task all throw. */
@Extension
public class FailingModule implements PortalModule {

    @Override
    public Text name() {
        return Text.of("Foutplugin", "Failing plugin");
    }

    @Override
    public List<PluginView> views() {
        return List.of(new PluginView("", name(), null, () -> {
            throw new IllegalStateException("view broken on purpose");
        }));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("", name(), "vaadin:bug", 990));
    }

    @Override
    public List<StartWidget> widgets() {
        return List.of(new StartWidget(name(), 1, null, () -> {
            throw new IllegalStateException("widget broken on purpose");
        }));
    }

    @Override
    public List<ScheduledTask> tasks() {
        // far in the future: the test fires it by hand
        return List.of(new ScheduledTask("broken", "0 0 3 1 1 ? 2099", () -> {
            throw new IllegalStateException("task broken on purpose");
        }));
    }
}
