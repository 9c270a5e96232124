package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.intervisie.Facilitation;
import nl.regioportaal.intervisie.IntervisieFixtures;
import nl.regioportaal.intervisie.IntervisieModel.GroupSummary;
import nl.regioportaal.intervisie.PeerGroupService;
import nl.regioportaal.region.PersonSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntervisieViewTest extends KaribuTest {

    @Autowired
    PeerGroupService groups;

    @Autowired
    IntervisieFixtures fixtures;

    @Test
    void managersAndProvidersAreRefusedTheModuleTheyNeverTakePartIn() {
        for (String outsider : new String[] {"manager.leusden", "aanbieder"}) {
            login(outsider);
            assertRefused("intervisie");
        }
        login("wijkcoach.baarn");
        navigate(IntervisieView.class);
    }

    @Test
    void aMemberSeesOnlyTheirOwnGroupAndTheNextSessions() {
        login("teamleider.soest");
        IntervisieView view = navigate(IntervisieView.class);

        List<String> names = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.groups); i++) {
            names.add(GridKt._get(view.groups, i).name());
        }
        assertThat(names).contains("Intervisie teamleiders").doesNotContain("Intervisie sociaal team Baarn");
        assertThat(GridKt._size(view.upcoming)).isGreaterThanOrEqualTo(1);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void theProcessSupervisorSetsUpAGroupAndABsnInTheNameIsBlocked() {
        login("procesbegeleider");
        IntervisieView view = navigate(IntervisieView.class);
        _click(view.create);
        TextField name = _get(TextField.class, s -> s.withId("group-name"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PersonSummary> members = _get(MultiSelectComboBox.class, s -> s.withId("group-members"));
        List<PersonSummary> four = members.getListDataView().getItems().limit(4).toList();
        members.select(four);

        type(name, "Groep 111222333");
        _click(_get(Button.class, s -> s.withId("group-save")));
        assertThat(name.getErrorMessage()).contains("\"111222333\"");

        String unique = "Intervisie " + ForumFixtures.uniqueCode();
        type(name, unique);
        _click(_get(Button.class, s -> s.withId("group-save")));
        assertThat(groups.myGroups()).extracting(GroupSummary::name).contains(unique);
    }

    @Test
    void aFixedFacilitatorMayBeATrainerOrTheProcessSupervisorNotOnlyAMember() {
        login("procesbegeleider");
        IntervisieView view = navigate(IntervisieView.class);
        _click(view.create);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Facilitation> facilitation = _get(RadioButtonGroup.class);
        facilitation.setValue(Facilitation.FIXED);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> facilitator = _get(ComboBox.class, s -> s.withId("group-facilitator"));
        assertThat(facilitator.getListDataView().getItems().map(PersonSummary::id))
                .contains(fixtures.personOf("trainer"), fixtures.personOf("procesbegeleider"))
                .contains(fixtures.personOf("teamleider.soest"))
                .doesNotContain(fixtures.personOf("aanbieder"), fixtures.personOf("manager.leusden"))
                .doesNotHaveDuplicates();
    }
}
