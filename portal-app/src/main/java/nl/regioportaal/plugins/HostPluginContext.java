package nl.regioportaal.plugins;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.regioportaal.notify.NoticeRequested;
import nl.regioportaal.notify.Notices;
import nl.regioportaal.plugins.api.Notifier;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.plugins.api.PluginDatabase;
import nl.regioportaal.plugins.api.PluginUser;
import nl.regioportaal.plugins.api.RegionInfo;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import org.pf4j.PluginClassLoader;
import org.springframework.security.access.AccessDeniedException;

/**
 * The whitelist: what one plugin sees of the portal. Built per plugin from a handful of host services;
 * nothing here hands out a bean, a repository or the Spring context.
 */
class HostPluginContext implements PluginContext {

    private static final Locale DUTCH = Locale.of("nl");

    private final String pluginId;
    private final Clock clock;
    private final PluginDatabase database;
    private final ClassLoader pluginClassLoader;
    private final Map<String, Map<String, String>> bundles = new HashMap<>();
    private volatile Supplier<List<Permission>> permissions = List::of;

    /** The portal services are not fields (see {@link PluginHostServices}). */
    HostPluginContext(String pluginId, Clock clock, PluginDatabase database, ClassLoader pluginClassLoader) {
        this.pluginId = pluginId;
        this.clock = clock;
        this.database = database;
        this.pluginClassLoader = pluginClassLoader;
    }

    private static CurrentUser portalUser() {
        return PluginHostServices.get().currentUser();
    }

    private static RegionDirectory directory() {
        return PluginHostServices.get().directory();
    }

    /** The module's declared permissions, known once the module has started. */
    void permissions(Supplier<List<Permission>> declared) {
        this.permissions = declared;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginUser currentUser() {
        return toPluginUser(portalUser().require());
    }

    @Override
    public Optional<PluginUser> findCurrentUser() {
        return portalUser().get().map(HostPluginContext::toPluginUser);
    }

    static PluginUser toPluginUser(PortalUser user) {
        return new PluginUser(
                user.personId(),
                user.displayName(),
                user.municipalityId(),
                user.teamIds(),
                user.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    @Override
    public boolean hasPermission(String permission) {
        Optional<PortalUser> user = portalUser().get();
        if (user.isEmpty()) {
            return false;
        }
        return permissions.get().stream()
                .filter(p -> p.name().equals(permission))
                .findFirst()
                .map(p -> user.get().roles().stream().anyMatch(r -> p.roles().contains(r.name())))
                .orElse(false);
    }

    @Override
    public void requirePermission(String permission) {
        if (!hasPermission(permission)) {
            throw new AccessDeniedException("plugin " + pluginId + " permission " + permission);
        }
    }

    @Override
    public RegionInfo region() {
        return new RegionInfo() {
            @Override
            public List<Municipality> municipalities() {
                return directory().municipalities().stream()
                        .map(m -> new Municipality(m.id(), m.name()))
                        .toList();
            }

            @Override
            public List<Team> teams() {
                return directory().teams().stream().map(HostPluginContext::team).toList();
            }

            @Override
            public List<Team> teamsOf(long municipalityId) {
                return directory().teamsOf(municipalityId).stream()
                        .map(HostPluginContext::team)
                        .toList();
            }

            @Override
            public Optional<Team> team(long teamId) {
                return directory().team(teamId).map(HostPluginContext::team);
            }

            @Override
            public Optional<Person> person(long personId) {
                return directory().person(personId).map(HostPluginContext::person);
            }

            @Override
            public List<Person> activeMembersOf(long teamId) {
                return directory().activeMembersOf(teamId).stream()
                        .map(HostPluginContext::person)
                        .toList();
            }
        };
    }

    private static RegionInfo.Team team(TeamRef t) {
        return new RegionInfo.Team(t.id(), t.name(), t.municipalityId(), t.municipalityName());
    }

    private static RegionInfo.Person person(PersonSummary p) {
        return new RegionInfo.Person(
                p.id(),
                p.displayName(),
                p.municipalityId(),
                p.teamIds(),
                p.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    @Override
    public Notifier notifier() {
        String kind = "plugin." + pluginId;
        return new Notifier() {
            @Override
            public void notify(long recipient, String key, String link, Object... params) {
                List<String> texts = Arrays.stream(params).map(String::valueOf).toList();
                PluginHostServices.get()
                        .notices()
                        .publish(new NoticeRequested(
                                recipient,
                                kind,
                                key,
                                texts,
                                link,
                                Notices.key(
                                        kind, key, recipient, UUID.randomUUID().toString())));
            }

            @Override
            @SuppressWarnings("deprecation")
            public void send(long recipient, String subject, String body, String link) {
                // the texts as given, through the same backbone: notify's "plain" texts are just {0} and {1}
                PluginHostServices.get()
                        .notices()
                        .publish(new NoticeRequested(
                                recipient,
                                kind,
                                NoticeRequested.PLAIN,
                                List.of(subject, body),
                                link,
                                Notices.key(
                                        kind,
                                        "plain",
                                        recipient,
                                        UUID.randomUUID().toString())));
            }
        };
    }

    @Override
    public Set<Long> enabledMunicipalityIds() {
        return PluginHostServices.get().enabledMunicipalities().apply(pluginId);
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
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? null : ui.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    @Override
    public String translate(String key, Object... params) {
        return text(locale(), key, params).orElse("!" + key + "!");
    }

    /** A text of the plugin's bundles in a given language (Dutch as the fallback), e.g. for a notice's recipient. */
    Optional<String> text(Locale wanted, String key, Object... params) {
        Locale locale = wanted != null && "en".equals(wanted.getLanguage()) ? Locale.ENGLISH : DUTCH;
        String pattern = bundle(locale.getLanguage()).get(key);
        if (pattern == null && !"nl".equals(locale.getLanguage())) {
            pattern = bundle("nl").get(key);
        }
        if (pattern == null) {
            return Optional.empty();
        }
        return Optional.of(params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params));
    }

    /**
     * The plugin's bundle, read from the plugin jar only (never through the parent class loader, so a
     * plugin cannot pick up the portal's or another plugin's texts).
     */
    private Map<String, String> bundle(String language) {
        synchronized (bundles) {
            return bundles.computeIfAbsent(language, lang -> {
                String name = "plugin-i18n/messages_" + lang + ".properties";
                URL url = pluginClassLoader instanceof PluginClassLoader own
                        ? own.findResource(name)
                        : pluginClassLoader.getResource(name);
                if (url == null) {
                    return Map.of();
                }
                Properties p = new Properties();
                try {
                    var connection = url.openConnection();
                    // no cache: an upgraded jar at the same path must not be read from a stale cached copy
                    connection.setUseCaches(false);
                    try (InputStream in = connection.getInputStream()) {
                        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Map<String, String> texts = new HashMap<>();
                p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
                return Map.copyOf(texts);
            });
        }
    }
}
