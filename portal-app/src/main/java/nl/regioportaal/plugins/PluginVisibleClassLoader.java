package nl.regioportaal.plugins;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parent of a plugin's class loader: what a plugin may see besides its own jar. That is the plugin
 * API, PF4J, Vaadin (with the few libraries its signatures use), SLF4J and the JDK; not the portal's own
 * classes nor anything else on the portal's class path. A plugin that uses a portal class by accident
 * fails when it starts, and the classes it reached for are kept for the Dutch reason on the admin screen.
 *
 * <p>This keeps honest plugins from coupling to the portal's internals; it does not stop hostile code
 * (reflection on what it is handed still works), which is why signatures are required (docs/plugins.md).
 */
class PluginVisibleClassLoader extends ClassLoader {

    /** Packages of the portal's class path a plugin may use (the JDK is always visible). */
    static final List<String> VISIBLE = List.of(
            "nl.regioportaal.plugins.api.",
            "org.pf4j.",
            "com.vaadin.",
            "elemental.",
            "org.jsoup.",
            "tools.jackson.",
            "com.fasterxml.jackson.",
            "org.jspecify.",
            "org.slf4j.",
            "jakarta.annotation.");

    private final ClassLoader portal;
    private final Set<String> refused = Collections.synchronizedSet(new TreeSet<>());

    PluginVisibleClassLoader(ClassLoader portal) {
        super("plugin-visible", ClassLoader.getPlatformClassLoader());
        this.portal = portal;
    }

    static boolean visible(String className) {
        return VISIBLE.stream().anyMatch(className::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        try {
            // the JDK (platform modules), always
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException notJdk) {
            if (!visible(name)) {
                if (name.startsWith("nl.regioportaal.")) {
                    refused.add(name);
                }
                throw new ClassNotFoundException(
                        name + " is not visible to plugins (only the plugin API, Vaadin, " + "SLF4J and the JDK are)");
            }
            return portal.loadClass(name);
        }
    }

    @Override
    public URL getResource(String name) {
        URL jdk = super.getResource(name);
        return jdk != null || !visible(name.replace('/', '.')) ? jdk : portal.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return visible(name.replace('/', '.')) ? portal.getResources(name) : super.getResources(name);
    }

    /** Portal classes the plugin tried to use. */
    Set<String> refused() {
        synchronized (refused) {
            return Set.copyOf(refused);
        }
    }
}
