package nl.regioportaal.plugins.api;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * The extension point of a municipality module. A plugin has exactly one implementation, annotated with
 * {@code @org.pf4j.Extension}; its id, version and provider come from the plugin descriptor.
 *
 * <p>Life cycle: the portal creates the extension once per start of the plugin, calls
 * {@link #start(PluginContext)}, then reads the other methods (they should return the same values for the
 * whole run). {@link #stop()} is called before the plugin is stopped, upgraded or uninstalled. Everything
 * the plugin needs from the portal comes from the {@link PluginContext} passed to {@code start}.
 *
 * <p>Minimal example:
 * <pre>{@code
 * @Extension
 * public class HelloModule implements PortalModule {
 *     private PluginContext context;
 *     public Text name() { return Text.of("Hallo", "Hello"); }
 *     public void start(PluginContext context) { this.context = context; }
 *     public List<PluginView> views() {
 *         return List.of(new PluginView("", name(), null, () -> new Paragraph(context.translate("hello.text"))));
 *     }
 *     public List<MenuEntry> menu() { return List.of(new MenuEntry("", name(), "vaadin:smiley-o", 500)); }
 * }
 * }</pre>
 */
public interface PortalModule extends ExtensionPoint {

    /** Name shown on the admin screen, in menus and on cards. */
    Text name();

    /** Vaadin icon name, e.g. {@code vaadin:chart}. */
    default String icon() {
        return "vaadin:puzzle-piece";
    }

    /**
     * Called once when the plugin starts, before any other method but {@link #name()}. An exception here
     * marks the plugin failed; the portal carries on without it.
     */
    default void start(PluginContext context) {}

    /** Called before the plugin is stopped; release what {@link #start(PluginContext)} took. */
    default void stop() {}

    default List<MenuEntry> menu() {
        return List.of();
    }

    default List<PluginView> views() {
        return List.of();
    }

    default List<StartWidget> widgets() {
        return List.of();
    }

    default List<ScheduledTask> tasks() {
        return List.of();
    }

    default List<Permission> permissions() {
        return List.of();
    }

    /**
     * Called once, as the system user, right after the portal created its demo data (first start of a demo
     * or test database; never on a real one), when the plugin is enabled for the demo municipalities, and
     * (since 1.3.0) when the plugin is first installed into a portal that has demo data. Add
     * example data to your own tables here, for {@link PluginContext#enabledMunicipalityIds()}. An exception
     * is logged and marks the plugin failed; the demo carries on.
     *
     * @since 1.1.0
     */
    default void createDemoData() {}

    /**
     * Everything this plugin keeps about one staff member, for the person's AVG export (their right of
     * access): the portal adds it under {@code plugins.<plugin-id>} to the JSON file it hands out. Return
     * JSON-friendly values (strings, numbers, lists, maps, records); an empty map when the plugin keeps
     * nothing about the person. The portal has checked who may ask (the person or their administrator);
     * do no checks of your own. An exception makes the whole export fail.
     *
     * @since 1.4.0
     */
    default Map<String, Object> exportPersonalData(long personId) {
        return Map.of();
    }

    /**
     * Removes or anonymises what this plugin keeps about one staff member, when an administrator erases
     * the person. The portal keeps the person's id as an anonymous placeholder ("Verwijderde medewerker"),
     * so a bare person id may stay (e.g. who entered a figure); delete what says something about the person
     * themselves: names, e-mail addresses, free text they wrote, what they took part in. Your tables are
     * outside the portal's transaction, so make this safe to call twice. An exception stops the erasure:
     * the portal erases nothing of the person and tells the administrator which plugin failed.
     *
     * @since 1.4.0
     */
    default void erasePersonalData(long personId) {}
}
