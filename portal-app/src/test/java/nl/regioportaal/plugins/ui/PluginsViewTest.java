package nl.regioportaal.plugins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.TestPlugins;
import nl.regioportaal.plugins.api.PluginApi;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Acceptance of the "Plugins" screen (/beheer/plugins): the administrator sees and manages every
 * plugin; a municipality administrator switches plugins for their own municipality only; everyone
 * else is refused; a bad upload says why in Dutch, under the upload, and installs nothing.
 */
class PluginsViewTest extends KaribuTest {

    @Autowired
    PluginService plugins;

    @Autowired
    RegionDirectory directory;

    @Test
    void administratorSeesEveryPluginWithItsDetails() {
        login("admin");
        PluginsView view = navigate(PluginsView.class);
        List<PluginRow> rows = GridKt._fetch(view.grid, 0, 100);
        assertThat(rows).extracting(PluginRow::id).contains("quickscan", "template");

        int q = index(rows, "quickscan");
        PluginRow quickscan = rows.get(q);
        assertThat(GridKt._getFormatted(view.grid, q, "id")).isEqualTo("quickscan");
        assertThat(GridKt._getFormatted(view.grid, q, "name")).isEqualTo("Quickscan");
        assertThat(GridKt._getFormatted(view.grid, q, "version")).isEqualTo("1.2.0");
        assertThat(GridKt._getFormatted(view.grid, q, "provider")).isEqualTo("Regio Eemland");
        assertThat(GridKt._getFormatted(view.grid, q, "state")).isEqualTo("Actief");
        assertThat(GridKt._getFormatted(view.grid, q, "enabled"))
                .contains("Amersfoort", "Soest")
                .doesNotContain("Baarn");
        assertThat(GridKt._getFormatted(view.grid, q, "sha512"))
                .startsWith(quickscan.sha512().substring(0, 12));
        assertThat(GridKt._getFormatted(view.grid, index(rows, "template"), "enabled"))
                .isEqualTo("Nergens (nog niet ingeschakeld)");

        // the full hash and the signature are in the manage dialog
        _click(action(view, "quickscan"));
        assertThat(_find(view.dialog, Paragraph.class).stream().map(Paragraph::getText))
                .as("the demo signs what it ships, and the screen shows the signer")
                .contains("SHA-512: " + quickscan.sha512(), "Ondertekend met sleutel regio-eemland-demo");
        _click(_get(view.dialog, Button.class, s -> s.withText("Annuleren")));
        assertThat(_find(Upload.class))
                .as("administrators may upload a plugin and its signature")
                .hasSize(2);
        assertThat(_get(Upload.class, s -> s.withId("plugin-upload"))
                        .getI18n()
                        .getAddFiles()
                        .getOne())
                .as("upload in Dutch")
                .isEqualTo("Bestand kiezen…");
    }

    @Test
    void administratorEnablesAndDisablesPerMunicipalityThroughTheScreen() {
        login("admin");
        PluginsView view = navigate(PluginsView.class);
        try {
            _click(action(view, "template"));
            type(municipalities(view), Set.of(municipality("Baarn"), municipality("Leusden")));
            _click(_get(Button.class, s -> s.withId("plugin-save")));
            assertThat(notificationTexts()).contains("De instellingen van de plugin zijn opgeslagen.");
            assertThat(enabledText(view, "template")).isEqualTo("Baarn, Leusden");
            assertThat(plugins.find("template").orElseThrow().enabledIn())
                    .extracting(MunicipalityRef::name)
                    .containsExactly("Baarn", "Leusden");

            _click(action(view, "template"));
            type(municipalities(view), Set.of(municipality("Leusden")));
            _click(_get(Button.class, s -> s.withId("plugin-save")));
            assertThat(enabledText(view, "template")).isEqualTo("Leusden");

            _click(action(view, "template"));
            type(
                    _get(
                            view.dialog,
                            Checkbox.class,
                            s -> s.withLabel("Voor de hele regio (ook regionale medewerkers)")),
                    true);
            _click(_get(Button.class, s -> s.withId("plugin-save")));
            assertThat(enabledText(view, "template")).isEqualTo("Hele regio");
        } finally {
            plugins.setRegionWide("template", false);
            directory.municipalities().forEach(m -> plugins.disable("template", m.id()));
        }
        // the open page keeps what it showed; opened anew it shows what the service changed
        reopenUi();
        view = navigate(PluginsView.class);
        assertThat(enabledText(view, "template")).isEqualTo("Nergens (nog niet ingeschakeld)");
    }

    @Test
    void municipalityAdministratorSwitchesOnlyAmersfoortInScreenAndService() {
        login("beheer.amersfoort");
        long amersfoort = municipality("Amersfoort").id();
        long baarn = municipality("Baarn").id();
        PluginsView view = navigate(PluginsView.class);
        assertThat(GridKt._fetch(view.grid, 0, 100)).extracting(PluginRow::id).contains("quickscan", "template");
        assertThat(_find(Upload.class)).as("no upload").isEmpty();
        assertThat(action(view, "template").getId()).as("no manage dialog").hasValue("toggle-template");
        // only their own municipality is shown, even where a plugin is on elsewhere too (quickscan: also Soest)
        assertThat(enabledText(view, "quickscan")).isEqualTo("Amersfoort");

        try {
            Button toggle = action(view, "template");
            assertThat(toggle.getText()).isEqualTo("Inschakelen voor mijn gemeente");
            _click(toggle);
            assertThat(enabledText(view, "template")).isEqualTo("Amersfoort");
            assertThat(action(view, "template").getText()).isEqualTo("Uitschakelen voor mijn gemeente");
            _click(action(view, "template"));
            assertThat(enabledText(view, "template")).isEqualTo("Nergens (nog niet ingeschakeld)");
        } finally {
            plugins.disable("template", amersfoort);
        }

        // the service refuses the rest, whatever the screen shows
        assertThatThrownBy(() -> plugins.enable("template", baarn)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> plugins.disable("quickscan", municipality("Soest").id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.setRegionWide("template", true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.install("x.jar", TestPlugins.bundled("template"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.uninstall("template", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.restart("template")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.runTaskNow("quickscan", "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void municipalityAdministratorCannotSwitchARegionWidePlugin() {
        login("admin");
        plugins.setRegionWide("template", true);
        try {
            login("beheer.amersfoort");
            PluginsView view = navigate(PluginsView.class);
            assertThat(enabledText(view, "template")).isEqualTo("Hele regio");
            assertThat(action(view, "template").isEnabled()).isFalse();
        } finally {
            login("admin");
            plugins.setRegionWide("template", false);
        }
    }

    @Test
    void otherRolesAreRefused() {
        for (String user : List.of("wijkcoach.baarn", "procesbegeleider", "manager.leusden", "teamleider.soest")) {
            login(user);
            assertRefused(PluginsView.class);
            assertRefused("beheer/plugins");
        }
    }

    @Test
    void aBadUploadSaysWhyInDutchUnderTheUploadAndInstallsNothing() {
        login("admin");
        PluginsView view = navigate(PluginsView.class);
        int before = plugins.list().size();
        assertThat(view.uploadResult.isVisible()).isFalse();

        // through the Upload component's own handler, as the browser's upload request does
        UploadKt._upload(
                _get(Upload.class, s -> s.withId("plugin-upload")),
                "kapot.jar",
                "application/java-archive",
                "dit is geen zip".getBytes());
        MockVaadin.clientRoundtrip(false);

        assertThat(view.uploadResult.isVisible()).isTrue();
        assertThat(view.uploadResult.getText())
                .isEqualTo("Plugin niet geïnstalleerd: het bestand is geen geldig "
                        + "jar- of zip-archief (beschadigd of een ander soort bestand).");
        assertThat(view.uploadResult.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(plugins.list()).hasSize(before);

        UploadKt._upload(
                _get(Upload.class, s -> s.withId("plugin-upload")),
                "nieuw.jar",
                "application/java-archive",
                TestPlugins.variant(
                        TestPlugins.bundled("template"),
                        Map.of("Plugin-Id", "toekomst", "Plugin-Requires", ">=2.0.0"),
                        Map.of(),
                        false));
        MockVaadin.clientRoundtrip(false);
        assertThat(view.uploadResult.getText())
                .isEqualTo(
                        "Plugin niet geïnstalleerd: de plugin vereist plugin-API-versie >=2.0.0, maar dit portaal heeft versie "
                                + PluginApi.VERSION + ".");
        assertThat(GridKt._fetch(view.grid, 0, 100)).extracting(PluginRow::id).doesNotContain("toekomst");
        assertThat(plugins.list()).hasSize(before);
    }

    @Test
    void theManageDialogListsDeclaredPermissionsAndRunsATaskNowWithItsOutcome() {
        login("admin");
        boolean caseloadHere = plugins.find("caseload").isEmpty();
        if (caseloadHere) {
            plugins.install("plugin-caseload.jar", TestPlugins.upload("caseload"), null);
        }
        boolean failingHere = plugins.find("failing").isEmpty();
        if (failingHere) {
            plugins.install("plugin-test-failing.jar", TestPlugins.upload("test-failing"), null);
        }
        try {
            manageDialogOfCaseloadAndFailing();
        } finally {
            // the next test class in this JVM may upload caseload as new
            if (caseloadHere) {
                plugins.uninstall("caseload", true);
            }
            if (failingHere) {
                plugins.uninstall("failing", true);
            }
        }
    }

    private void manageDialogOfCaseloadAndFailing() {
        PluginsView view = navigate(PluginsView.class);
        _click(action(view, "caseload"));
        Div permissions = _get(view.dialog, Div.class, s -> s.withId("plugin-permissions"));
        assertThat(_find(permissions, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Caseload bekijken (") && t.contains("Teamleider"));
        assertThat(_get(view.dialog, Span.class, s -> s.withId("task-outcome-reminder"))
                        .getText())
                .isEqualTo("nog niet uitgevoerd sinds de start van het portaal");
        _click(_get(view.dialog, Button.class, s -> s.withId("run-reminder")));
        assertThat(_get(view.dialog, Span.class, s -> s.withId("task-outcome-reminder"))
                        .getText())
                .startsWith("laatst uitgevoerd ")
                .endsWith(": gelukt");
        _click(_get(view.dialog, Button.class, s -> s.withText("Annuleren")));

        _click(action(view, "failing"));
        _click(_get(view.dialog, Button.class, s -> s.withId("run-broken")));
        assertThat(_get(view.dialog, Span.class, s -> s.withId("task-outcome-broken"))
                        .getText())
                .contains(": mislukt (")
                .contains("broken on purpose");
    }

    @Test
    void uninstallAsksFirstAndNamesTheSchemaAndTablesThatGo() {
        login("admin");
        byte[] jar = TestPlugins.variant(
                TestPlugins.bundled("template"),
                Map.of("Plugin-Id", "weg"),
                Map.of("db/plugin/weg/V1__notes.sql", "CREATE TABLE ${prefix}note (id BIGINT PRIMARY KEY)"),
                false);
        plugins.install("weg.jar", jar, null);
        PluginsView view = navigate(PluginsView.class);
        _click(action(view, "weg"));
        type(
                _get(
                        view.dialog,
                        Checkbox.class,
                        s -> s.withLabel("Bij verwijderen ook de tabellen en gegevens van de plugin wissen")),
                true);
        _click(_get(view.dialog, Button.class, s -> s.withId("plugin-uninstall")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("plugin-uninstall-confirm"));
        assertThat(ConfirmDialogKt._getText(confirm)).contains("plg_weg").contains("plg_weg_note");
        assertThat(plugins.find("weg")).as("nothing removed before confirming").isPresent();
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(plugins.find("weg")).isPresent();

        _click(_get(view.dialog, Button.class, s -> s.withId("plugin-uninstall")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("plugin-uninstall-confirm")));
        assertThat(plugins.find("weg")).isEmpty();
        assertThat(plugins.tablesOf("weg")).isEmpty();
    }

    @Test
    void aPluginUsingPortalClassesIsRefusedOnTheScreenInDutch() {
        login("admin");
        byte[] coupled = TestPlugins.usingPortalClass("gekoppeld");
        PluginsView view = navigate(PluginsView.class);
        UploadKt._upload(
                _get(Upload.class, s -> s.withId("plugin-upload")),
                "gekoppeld.jar",
                "application/java-archive",
                coupled);
        assertThat(view.uploadResult.getText())
                .startsWith("Plugin niet geïnstalleerd: de plugin gebruikt klassen van het portaal zelf")
                .contains("nl.regioportaal.training.TrainingPlanService");
        assertThat(plugins.find("gekoppeld")).isEmpty();
    }

    @Test
    void anUpgradeShowsFromAndToVersionAndTheMigrationsBeforeAnythingChanges() {
        login("admin");
        byte[] v1 = TestPlugins.variant(
                TestPlugins.bundled("template"),
                Map.of("Plugin-Id", "bijwerk", "Plugin-Version", "1.0.0"),
                Map.of(
                        "db/plugin/bijwerk/V1__notes.sql",
                        "CREATE TABLE ${prefix}note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200) NOT NULL,"
                                + " author_id BIGINT NOT NULL, created_at TIMESTAMP(6) NOT NULL)"),
                false);
        byte[] v2 = TestPlugins.variant(
                v1,
                Map.of("Plugin-Version", "1.1.0"),
                Map.of(
                        "db/plugin/bijwerk/V2__tag.sql", "ALTER TABLE ${prefix}note ADD COLUMN tag VARCHAR(20)",
                        "db/plugin/bijwerk/V3__tag_index.sql", "CREATE INDEX ${prefix}tag ON ${prefix}note (tag)"),
                false);
        plugins.install("bijwerk-1.0.0.jar", v1, null);
        try {
            PluginsView view = navigate(PluginsView.class);
            upload("bijwerk-1.1.0.jar", v2);

            ConfirmDialog preview = openConfirm("plugin-upgrade-confirm");
            assertThat(_get(preview, Paragraph.class, s -> s.withId("plugin-upgrade-versions"))
                            .getText())
                    .isEqualTo("Van versie 1.0.0 naar versie 1.1.0.");
            Div migrations = _get(preview, Div.class, s -> s.withId("plugin-upgrade-migrations"));
            assertThat(_find(migrations, ListItem.class))
                    .extracting(ListItem::getText)
                    .containsExactly("V2 tag", "V3 tag index");
            assertThat(plugins.find("bijwerk").orElseThrow().version())
                    .as("nothing changes before confirming")
                    .isEqualTo("1.0.0");

            ConfirmDialogKt._fireCancel(preview);
            assertThat(view.uploadResult.getText())
                    .isEqualTo("Bijwerken van Voorbeeldplugin afgebroken; versie 1.0.0 blijft actief.");
            assertThat(plugins.find("bijwerk").orElseThrow().version()).isEqualTo("1.0.0");

            upload("bijwerk-1.1.0.jar", v2);
            ConfirmDialogKt._fireConfirm(openConfirm("plugin-upgrade-confirm"));
            assertThat(plugins.find("bijwerk").orElseThrow().version()).isEqualTo("1.1.0");
            assertThat(view.uploadResult.getText())
                    .startsWith("Plugin Voorbeeldplugin (versie 1.1.0) is geïnstalleerd.");
        } finally {
            plugins.uninstall("bijwerk", true);
        }
    }

    private static void upload(String fileName, byte[] jar) {
        UploadKt._upload(_get(Upload.class, s -> s.withId("plugin-upload")), fileName, "application/java-archive", jar);
        MockVaadin.clientRoundtrip(false);
    }

    /** The open confirmation with the id (a cancelled one may still be attached until the next round trip). */
    private static ConfirmDialog openConfirm(String id) {
        return _find(ConfirmDialog.class, s -> s.withId(id)).stream()
                .filter(ConfirmDialog::isOpened)
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no open dialog " + id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<MunicipalityRef> municipalities(PluginsView view) {
        return _get(view.dialog, CheckboxGroup.class, s -> s.withLabel("Ingeschakeld voor gemeenten"));
    }

    /** The button in the plugin's "Acties" cell (grid cells are rendered, not children of the grid). */
    private static Button action(PluginsView view, String pluginId) {
        return (Button)
                GridKt._getCellComponent(view.grid, index(GridKt._fetch(view.grid, 0, 100), pluginId), "actions");
    }

    private static String enabledText(PluginsView view, String pluginId) {
        return GridKt._getFormatted(view.grid, index(GridKt._fetch(view.grid, 0, 100), pluginId), "enabled");
    }

    private static int index(List<PluginRow> rows, String pluginId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(pluginId)) {
                return i;
            }
        }
        throw new AssertionError("plugin not in the grid: " + pluginId);
    }

    private MunicipalityRef municipality(String name) {
        return directory.municipalities().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSignatureUploadedFirstIsCheckedWithTheArchive() {
        login("admin");
        PluginsView view = navigate(PluginsView.class);
        UploadKt._upload(
                _get(Upload.class, s -> s.withId("plugin-signature-upload")),
                "gesigneerd.jar.sig",
                "application/octet-stream",
                "geen echte handtekening".getBytes(StandardCharsets.UTF_8));
        assertThat(view.signatureStatus.getText()).contains("gesigneerd.jar.sig");

        byte[] jar = TestPlugins.variant(
                TestPlugins.bundled("template"), Map.of("Plugin-Id", "gesigneerd"), Map.of(), false);
        UploadKt._upload(
                _get(Upload.class, s -> s.withId("plugin-upload")), "gesigneerd.jar", "application/java-archive", jar);

        assertThat(view.uploadResult.getText())
                .isEqualTo("Plugin niet geïnstalleerd: de handtekening klopt niet met een van de vertrouwde sleutels.");
        assertThat(view.signatureStatus.isVisible())
                .as("the signature went with this archive only")
                .isFalse();
    }
}
