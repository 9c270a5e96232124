package nl.regioportaal.plugins.api;

/** Version facts of this API. */
public final class PluginApi {

    /**
     * The semantic version of the plugin API this portal implements. A plugin's {@code Plugin-Requires}
     * is checked against it at upload and at start.
     *
     * <p>1.1.0: {@link PluginContext#enabledMunicipalityIds()}, {@link PortalModule#createDemoData()}.
     * <p>1.2.0: {@link Notifier#notify}: notices as keys + parameters from the plugin's bundles,
     * rendered in each recipient's language; {@link Notifier#send} deprecated.
     * <p>1.3.0: {@link PluginContext#links()}, {@link PluginContext#visibleMunicipalityIds()},
     * {@link SvgChart}, {@link FormCheck}; {@link PortalModule#createDemoData()} also runs when a plugin is
     * installed into a portal that has demo data.
     * <p>1.4.0: {@link PortalModule#exportPersonalData(long)} and {@link PortalModule#erasePersonalData(long)}:
     * a plugin's share of a staff member's AVG export and erasure.
     */
    public static final String VERSION = "1.4.0";

    private PluginApi() {}
}
