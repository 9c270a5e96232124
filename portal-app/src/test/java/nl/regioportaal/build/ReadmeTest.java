package nl.regioportaal.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/**
 * The README stays true: every route in its "What is in it" table is a registered Vaadin route,
 * every demo account in its accounts table logs in with {@code demo} and has the role (and team,
 * municipality or provider) the table says, and the pictures it shows exist.
 */
class ReadmeTest extends KaribuTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)");

    /** Routes served by a plain HTTP endpoint, not a Vaadin view: checked by a request instead. */
    private static final Set<String> SERVED_OUTSIDE_VAADIN = Set.of("/kalender/<token>.ics");

    @LocalServerPort
    int port;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    RegionDirectory directory;

    @Autowired
    RegionService regionService;

    @Test
    void theCalendarFeedRouteIsServedWithoutLogin() throws Exception {
        assertThat(table("route").stream().flatMap(row -> codeIn(row.get("route")).stream()))
                .containsAll(SERVED_OUTSIDE_VAADIN);
        // an unknown token: the feed itself answers "not found", not the login page
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kalender/"
                                        + UUID.randomUUID().toString().replace("-", "") + ".ics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void everyRouteInTheReadmeIsARegisteredRoute() throws IOException {
        List<String> readmeRoutes = table("route").stream()
                .flatMap(row -> codeIn(row.get("route")).stream())
                .toList();
        assertThat(readmeRoutes).as("routes in the README").hasSizeGreaterThanOrEqualTo(10);

        List<String> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .toList();
        List<String> unknown = readmeRoutes.stream()
                .filter(route -> !SERVED_OUTSIDE_VAADIN.contains(route))
                .filter(route ->
                        registered.stream().noneMatch(asTemplatePattern(route).asMatchPredicate()))
                .toList();
        assertThat(unknown).as("README routes that are not registered").isEmpty();
    }

    @Test
    void readmeRoutesMatchTemplatesSegmentBySegment() {
        assertThat(asTemplatePattern("/scholing/cursus/{id}")
                        .matcher("scholing/cursus/:courseId")
                        .matches())
                .isTrue();
        assertThat(asTemplatePattern("/plugin/{id}/…")
                        .matcher("plugin/quickscan/rapport")
                        .matches())
                .isTrue();
        assertThat(asTemplatePattern("/plugin/{id}/…")
                        .matcher("plugin/quickscan")
                        .matches())
                .isTrue();
        assertThat(asTemplatePattern("/certificaat/<code>")
                        .matcher("certificaat/:code")
                        .matches())
                .isTrue();
        assertThat(asTemplatePattern("/").matcher("").matches()).isTrue();
        assertThat(asTemplatePattern("/scholing").matcher("scholing/mijn").matches())
                .isFalse();
        assertThat(asTemplatePattern("/scholing/cursus/{id}")
                        .matcher("scholing/cursus")
                        .matches())
                .isFalse();
    }

    @Test
    void everyDemoAccountInTheReadmeLogsInWithDemoAndHasItsRole() throws IOException {
        List<Map<String, String>> accounts = table("account");
        assertThat(accounts).as("accounts in the README").hasSizeGreaterThanOrEqualTo(8);

        login("admin");
        Set<String> places = placeNames();
        AuthenticationManager manager = authenticationManager();
        for (Map<String, String> row : accounts) {
            String username = codeIn(row.get("account")).getFirst();
            String description = row.get("role");
            Authentication signedIn =
                    manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "demo"));
            PortalUser user = (PortalUser) signedIn.getPrincipal();

            Role role = roleNamedIn(description)
                    .orElseThrow(() -> new AssertionError("no role named in the README's '" + description + "'"));
            assertThat(user.roles()).as(username).containsExactly(role);

            Optional<String> place = placeIn(description, role);
            place.ifPresent(name -> {
                assertThat(places)
                        .as("team, municipality or provider in the README")
                        .contains(name);
                assertThat(placesOf(user)).as(username + " belongs to " + name).contains(name);
            });
        }
    }

    @Test
    void theImagesTheReadmeShowsExist() throws IOException {
        Matcher images = IMAGE.matcher(Files.readString(README));
        List<String> missing = new ArrayList<>();
        int found = 0;
        while (images.find()) {
            found++;
            if (!Files.isRegularFile(README.resolveSibling(images.group(1)))) {
                missing.add(images.group(1));
            }
        }
        assertThat(found).as("images in the README").isPositive();
        assertThat(missing).isEmpty();
    }

    /**
     * A README route as a pattern over Vaadin route templates: {@code {id}} stands for one path
     * segment (a {@code :parameter} or, for plugins, a plugin's id) and a trailing {@code …} for
     * whatever follows, possibly nothing.
     */
    static Pattern asTemplatePattern(String readmeRoute) {
        String path = readmeRoute.replaceFirst("^/", "");
        boolean rest = path.endsWith("/…");
        if (rest) {
            path = path.substring(0, path.length() - 2);
        }
        StringBuilder regex = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!regex.isEmpty()) {
                regex.append('/');
            }
            // {id} and <code> both stand for one path segment
            regex.append(segment.matches("\\{\\w+}|<\\w+>") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(regex + (rest ? "(/.*)?" : ""));
    }

    /** The role whose English screen name the README's description begins with (the longest one). */
    private static Optional<Role> roleNamedIn(String description) {
        return Arrays.stream(Role.values())
                .filter(r -> description
                        .toLowerCase()
                        .startsWith(PortalI18NProvider.translate(r.i18nKey(), PortalI18NProvider.ENGLISH)
                                .toLowerCase()))
                .max(Comparator.comparingInt(r -> PortalI18NProvider.translate(r.i18nKey(), PortalI18NProvider.ENGLISH)
                        .length()));
    }

    /** "team leader, Sociaal team Soest" names a team; "provider representative (Lumens)" a provider. */
    private static Optional<String> placeIn(String description, Role role) {
        String rest = description
                .substring(PortalI18NProvider.translate(role.i18nKey(), PortalI18NProvider.ENGLISH)
                        .length())
                .strip();
        Matcher inBrackets = Pattern.compile("\\(([^)]+)\\)").matcher(rest);
        if (inBrackets.find()) {
            return Optional.of(inBrackets.group(1).strip());
        }
        return rest.startsWith(",") ? Optional.of(rest.substring(1).strip()) : Optional.empty();
    }

    private Set<String> placeNames() {
        Set<String> names = new HashSet<>();
        directory.municipalities().forEach(m -> names.add(m.name()));
        directory.teams().forEach(t -> names.add(t.name()));
        regionService.providers().forEach(p -> names.add(p.name()));
        return names;
    }

    private Set<String> placesOf(PortalUser user) {
        Set<String> names = new HashSet<>();
        directory.municipalities().stream()
                .filter(m -> Long.valueOf(m.id()).equals(user.municipalityId()))
                .map(MunicipalityRef::name)
                .forEach(names::add);
        directory.teams().stream()
                .filter(t -> user.teamIds().contains(t.id()))
                .map(TeamRef::name)
                .forEach(names::add);
        regionService.providers().stream()
                .filter(p -> Long.valueOf(p.id()).equals(user.providerId()))
                .map(ProviderRef::name)
                .forEach(names::add);
        return names;
    }

    private AuthenticationManager authenticationManager() {
        try {
            return authentication.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the README table that has a column {@code column}, each by column name. */
    private static List<Map<String, String>> table(String column) throws IOException {
        List<String> lines = Files.readAllLines(README);
        for (int i = 0; i < lines.size(); i++) {
            List<String> header = cells(lines.get(i));
            if (!header.isEmpty() && header.contains(column) && isTableStart(lines, i)) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    List<String> cells = cells(lines.get(j));
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 0; c < header.size() && c < cells.size(); c++) {
                        row.put(header.get(c), cells.get(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
        throw new AssertionError("README has no table with a column '" + column + "'");
    }

    private static boolean isTableStart(List<String> lines, int i) {
        return i + 1 < lines.size() && lines.get(i + 1).matches("\\|( *-+ *\\|)+");
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        return Stream.of(line.substring(1).split("\\|")).map(String::strip).toList();
    }

    private static List<String> codeIn(String cell) {
        Matcher m = CODE.matcher(cell);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
