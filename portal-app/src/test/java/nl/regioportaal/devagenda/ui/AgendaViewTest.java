package nl.regioportaal.devagenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.devagenda.AgendaFixtures;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.ThemeRollup;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.devagenda.AgendaTransfer;
import nl.regioportaal.region.MunicipalityRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaViewTest extends KaribuTest {

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaTransfer transfer;

    @Autowired
    AgendaFixtures fixtures;

    @Test
    void theProcessSupervisorSeesTheRollupAndCreatesATheme() {
        login("procesbegeleider");
        AgendaView view = navigate(AgendaView.class);
        assertThat(GridKt._findAll(view.rollup)).extracting(ThemeRollup::title).contains("Vroegsignalering schulden");
        assertThat(GridKt._findAll(view.rollup).getLast().themeId()).isNull(); // the region's row
        assertThat(view.newInitiative.isVisible()).isTrue();
        assertThat(_find(Upload.class)).hasSize(1);

        _click(view.newTheme);
        String title = AgendaFixtures.unique("Thema via scherm");
        type(_get(view.themeDialog, TextField.class, s -> s.withLabel("Titel")), title);
        @SuppressWarnings("unchecked")
        ComboBox<MunicipalityRef> lead = _get(view.themeDialog, ComboBox.class, s -> s.withLabel("Trekkende gemeente"));
        type(lead, lead.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(GridKt._findAll(view.rollup)).extracting(ThemeRollup::title).contains(title);
    }

    @Test
    void aProviderRepresentativeSeesOnlyWhatIsSharedWithTheirOrganisationAndNoButtons() {
        login("aanbieder");
        var expected = queries.initiatives();
        AgendaView view = navigate(AgendaView.class);
        assertThat(GridKt._findAll(view.initiatives))
                .extracting(InitiativeRow::id)
                .containsExactlyElementsOf(
                        expected.stream().map(InitiativeRow::id).toList());
        assertThat(GridKt._findAll(view.initiatives))
                .allMatch(r -> "Lumens".equals(r.coOwner()) || r.coOwner() == null);
        assertThat(view.newInitiative.isVisible()).isFalse();
        assertThat(view.newTheme.isVisible()).isFalse();
        assertThat(_find(Upload.class)).isEmpty();
    }

    @Test
    void aBadImportIsReportedRowByRowInDutch() {
        login("procesbegeleider");
        AgendaView view = navigate(AgendaView.class);
        String csv = "Thema;Titel;Eigenaar;Mede-eigenaar;Status;Percentage;Gewicht;Start;Einde\r\n"
                + "Bestaat niet;Iets;Amersfoort;;Idee;0;;;\r\n";
        view.showImport(transfer.importFile("x.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(_find(view.importReport, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly(
                        "Er is niets geïmporteerd. Verbeter deze regels en probeer het opnieuw:",
                        "Regel 2: thema 'Bestaat niet' bestaat niet");
    }

    @Test
    void aFileTheBrowserRefusesIsExplainedInDutchBesideTheUpload() {
        login("procesbegeleider");
        AgendaView view = navigate(AgendaView.class);
        Upload upload = _get(Upload.class, s -> s.withId("import-upload"));
        assertThat(upload.getMaxFileSize()).isEqualTo(AgendaTransfer.MAX_BYTES);

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is too big.", "groot.csv"));

        assertThat(_find(view.importReport, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Dit bestand is niet ingelezen: kies een CSV- of XLSX-bestand van hoogstens 2 MB.");
    }

    @Test
    void rolesWithoutTheAgendaAreRefused() {
        for (String account : new String[] {"trainer", "wijkcoach.baarn", "beheer.amersfoort"}) {
            login(account);
            assertRefused(AgendaView.class);
            assertRefused(ChangesView.class);
        }
    }
}
