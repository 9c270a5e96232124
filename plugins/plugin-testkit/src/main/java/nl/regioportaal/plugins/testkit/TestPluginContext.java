package nl.regioportaal.plugins.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.plugins.api.PluginDatabase;
import nl.regioportaal.plugins.api.PluginUser;
import nl.regioportaal.plugins.api.PortalModule;
import org.flywaydb.core.Flyway;

/**
 * A {@link PluginContext} for a plugin's own tests, without the portal: the plugin's migrations run on a
 * fresh schema {@code plg_<plugin-id>} of an embedded MariaDB, the clock stands still at
 * {@link #FIXED_INSTANT} until a test moves it, notices are recorded, and the current user is whoever the
 * test says.
 *
 * <pre>{@code
 * TestPluginContext context = TestPluginContext.forPlugin("template");
 * TemplateModule module = new TemplateModule();
 * module.start(context);
 * context.declare(module).actAs(TestPluginContext.user(7, "Wijkcoach Baarn", 2L, "PROFESSIONAL"));
 * }</pre>
 *
 * Differences from the portal, on purpose: {@link #requirePermission} throws a {@link SecurityException}
 * (the portal throws its own access-denied exception), the database account is not confined to the schema
 * (the portal's grants are tested by the portal), and there is no UI, so {@link #locale()} is whatever
 * {@link #inLocale(Locale)} set (Dutch by default).
 */
public final class TestPluginContext implements PluginContext {

    /** Where the clock stands unless a test moves it: Monday 2 March 2026, 10:00 in the region. */
    public static final Instant FIXED_INSTANT = Instant.parse("2026-03-02T09:00:00Z");

    private final String pluginId;
    private final TestPluginDatabase database;
    private final int migrationsRun;
    private final TestRegion region = new TestRegion();
    private final PluginTexts texts = new PluginTexts();
    private final RecordingNotifier notifier = new RecordingNotifier(texts);
    private Clock clock = Clock.fixed(FIXED_INSTANT, ZoneOffset.UTC);
    private PluginUser user;
    private Locale locale = Locale.of("nl");
    private List<Permission> permissions = List.of();
    private Set<Long> enabledIn;

    private TestPluginContext(String pluginId, DataSource schema) {
        this.pluginId = pluginId;
        this.database = new TestPluginDatabase(pluginId, schema);
        this.migrationsRun = Flyway.configure(TestPluginContext.class.getClassLoader())
                .dataSource(schema)
                .table(database.prefix() + "schema_history")
                .locations("classpath:db/plugin/" + pluginId)
                .placeholders(Map.of("prefix", database.prefix()))
                .failOnMissingLocations(false)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * A context on a fresh schema with the plugin's migrations ({@code db/plugin/<plugin-id>/} on the test
     * class path) run, as the portal runs them.
     */
    public static TestPluginContext forPlugin(String pluginId) {
        // the portal's rule for plugin ids
        if (!pluginId.matches("[a-z][a-z0-9_]{1,29}")) {
            throw new IllegalArgumentException("not a plugin id: " + pluginId);
        }
        return new TestPluginContext(pluginId, EmbeddedTestDatabase.freshSchema("plg_" + pluginId));
    }

    /** A user with a municipality (null for region-wide staff) and the portal's role names. */
    public static PluginUser user(long personId, String displayName, Long municipalityId, String... roles) {
        return new PluginUser(personId, displayName, municipalityId, Set.of(), Set.of(roles));
    }

    /** From now on the plugin works for this user (as when they are logged in). */
    public TestPluginContext actAs(PluginUser user) {
        this.user = user;
        return this;
    }

    /** From now on nobody is logged in. */
    public TestPluginContext actAsNobody() {
        this.user = null;
        return this;
    }

    /** The permissions the module declares (call after {@code start}). */
    public TestPluginContext declare(PortalModule module) {
        this.permissions = List.copyOf(module.permissions());
        return this;
    }

    /** Where the plugin is switched on; all municipalities of {@link #region()} until a test says otherwise. */
    public TestPluginContext enabledIn(Long... municipalityIds) {
        this.enabledIn = new LinkedHashSet<>(Arrays.asList(municipalityIds));
        return this;
    }

    public TestPluginContext inLocale(Locale locale) {
        this.locale = locale;
        return this;
    }

    /** Moves the (still standing) clock. */
    public TestPluginContext clockAt(Instant instant) {
        this.clock = Clock.fixed(instant, ZoneOffset.UTC);
        return this;
    }

    /** How many migration scripts ran on the fresh schema. */
    public int migrationsRun() {
        return migrationsRun;
    }

    /** The notifier, with what was sent. */
    public RecordingNotifier notices() {
        return notifier;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginUser currentUser() {
        return findCurrentUser().orElseThrow(() -> new IllegalStateException("no current user in this test"));
    }

    @Override
    public Optional<PluginUser> findCurrentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean hasPermission(String permission) {
        return user != null
                && permissions.stream()
                        .filter(p -> p.name().equals(permission))
                        .anyMatch(p -> p.roles().stream().anyMatch(user::hasRole));
    }

    @Override
    public void requirePermission(String permission) {
        if (!hasPermission(permission)) {
            throw new SecurityException("plugin " + pluginId + " permission " + permission);
        }
    }

    @Override
    public TestRegion region() {
        return region;
    }

    @Override
    public Set<Long> enabledMunicipalityIds() {
        if (enabledIn != null) {
            return Set.copyOf(enabledIn);
        }
        return region.municipalities().stream().map(m -> m.id()).collect(Collectors.toSet());
    }

    @Override
    public RecordingNotifier notifier() {
        return notifier;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public PluginDatabase database() {
        return database;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String translate(String key, Object... params) {
        return texts.text(locale, key, params).orElse("!" + key + "!");
    }
}
