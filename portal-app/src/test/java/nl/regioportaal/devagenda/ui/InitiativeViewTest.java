package nl.regioportaal.devagenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.Set;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.devagenda.AgendaFixtures;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.devagenda.InitiativeService;
import nl.regioportaal.devagenda.InitiativeStatus;
import nl.regioportaal.region.ProviderRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InitiativeViewTest extends KaribuTest {

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    InitiativeService agenda;

    @Autowired
    AgendaQueries queries;

    private static InitiativeView open(long id) {
        UI.getCurrent().navigate(InitiativeView.class, new RouteParameters("initiativeId", String.valueOf(id)));
        return _get(InitiativeView.class);
    }

    @Test
    void theOwnerSeesTheInternalNotesAndTheOwnersButtons() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 40, 1, fixtures.provider("Lumens"));
        login("procesbegeleider");
        InitiativeView view = open(id);
        assertThat(view.internalNotes.isVisible()).isTrue();
        assertThat(view.internalNotes.getElement().getTextRecursively()).contains("budget is nog onzeker");
        assertThat(view.edit.isVisible()).isTrue();
        assertThat(view.share.isVisible()).isTrue();
        assertThat(view.propose.isVisible()).isTrue();
    }

    /** Someone else shared while the dialog was open: the save is refused and explained, their choice stays. */
    @Test
    void aShareOverAnotherOwnersChangeIsExplainedAndNotSaved() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 40, 1, null);
        login("procesbegeleider");
        InitiativeView view = open(id);
        _click(view.share);
        agenda.share(id, queries.initiative(id).version(), Set.of(fixtures.provider("Lumens")));

        @SuppressWarnings("unchecked")
        CheckboxGroup<ProviderRef> providers = _get(CheckboxGroup.class, s -> s.withLabel("Aanbieders"));
        type(
                providers,
                Set.of(providers
                        .getListDataView()
                        .getItems()
                        .filter(p -> p.name().equals("MEE"))
                        .findFirst()
                        .orElseThrow()));
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(notificationTexts())
                .contains("Iemand anders heeft dit intussen gewijzigd. Je wijziging is niet opgeslagen;"
                        + " de nieuwste gegevens zijn opnieuw geladen.");
        assertThat(queries.initiative(id).sharedWith()).containsExactly("Lumens");
        assertThat(view.facts.getElement().getTextRecursively()).contains("Lumens");
    }

    @Test
    void theCoOwnersRepresentativePostsAnUpdateAndNeverSeesTheInternalNotes() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 40, 1, fixtures.provider("Lumens"));
        login("aanbieder");
        InitiativeView view = open(id);
        assertThat(view.internalNotes.isVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("budget is nog onzeker");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.postUpdate.isVisible()).isTrue();

        _click(view.postUpdate);
        type(_get(TextArea.class, s -> s.withLabel("Wat is er gebeurd?")), "Tweede groep gestart.");
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(_get(view.timeline, ListItem.class).getText()).contains("Update: Tweede groep gestart.");
    }

    @Test
    void theOwnerEditsInPlainTextAndTheStatusChangeLandsOnTheTimeline() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.IDEA, 0, 1, null);
        login("procesbegeleider");
        InitiativeView view = open(id);
        _click(view.edit);
        assertThat(_get(TextArea.class, s -> s.withLabel("Beschrijving")).getValue())
                .isEqualTo("Beschrijving");
        @SuppressWarnings("unchecked")
        ComboBox<InitiativeStatus> status = _get(ComboBox.class, s -> s.withLabel("Status"));
        type(status, InitiativeStatus.RUNNING);
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(_get(view.timeline, ListItem.class).getText()).contains("Status gewijzigd · Lopend");
        assertThat(view.description.getChildren().map(c -> ((Html) c).getInnerHtml()))
                .containsExactly("<p>Beschrijving</p>"); // kept as the paragraph it was, not as escaped markup
    }

    @Test
    void aProviderWhoseOrganisationItIsNotSharedWithIsRefusedTheRoute() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 40, 1, fixtures.provider("Lumens"));
        login("aanbieder.mee");
        assertRefused("ontwikkelagenda/initiatief/" + id);
    }

    @Test
    void followingIsOneClick() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.IDEA, 0, 1, null);
        login("teamleider.soest");
        InitiativeView view = open(id);
        assertThat(view.follow.getText()).isEqualTo("Volgen");
        _click(view.follow);
        assertThat(view.follow.getText()).isEqualTo("Niet meer volgen");
    }
}
