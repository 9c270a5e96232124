package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.intervisie.Facilitation;
import nl.regioportaal.intervisie.IntervisieFixtures;
import nl.regioportaal.intervisie.PeerGroupService;
import nl.regioportaal.intervisie.PeerRole;
import nl.regioportaal.intervisie.PeerSessionService;
import nl.regioportaal.region.PersonSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupViewTest extends KaribuTest {

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    PeerGroupService groups;

    @Autowired
    Clock clock;

    @Test
    void aMemberPlansASeriesAndSeesItsSessionsWithTheirRoles() {
        long group = fixtures.group(5, "wijkcoach.baarn");
        login("wijkcoach.baarn");
        GroupView view = open(group);

        view.method.setValue(view.method
                .getListDataView()
                .getItems()
                .filter(m -> m.code().equals("balint"))
                .findFirst()
                .orElseThrow());
        LocalDateTime first = LocalDateTime.now(clock)
                .plusDays(2)
                .withHour(13)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        type(view.startsAt, first);
        type(view.series, true);
        type(view.until, first.toLocalDate().plusWeeks(8));
        _click(view.plan);

        assertThat(sessions.sessions(group)).hasSize(3);
        assertThat(GridKt._size(view.sessions)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.sessions, 0)).contains("Balintmethode", "Gepland");
    }

    @Test
    void aMissingStartIsShownNextToTheField() {
        long group = fixtures.group(4, "wijkcoach.baarn");
        login("wijkcoach.baarn");
        GroupView view = open(group);
        view.method.setValue(
                view.method.getListDataView().getItems().findFirst().orElseThrow());

        _click(view.plan);

        assertThat(view.startsAt.isInvalid()).isTrue();
        assertThat(view.startsAt.getErrorMessage()).isEqualTo("Kies een begintijd in de toekomst.");
        assertThat(sessions.sessions(group)).isEmpty();
    }

    @Test
    void theDemoTeamLeadersGroupShowsItsPastAveragesAndKeptLesson() {
        login("teamleider.soest");
        long group = fixtures.groupId("Intervisie teamleiders");
        GroupView view = open(group);

        assertThat(view.averages.getElement().getTextRecursively()).contains("gemiddeld", "4 beoordelingen");
        assertThat(view.lessons.getElement().getTextRecursively())
                .contains("Vraag eerst wat het gezin zelf al geprobeerd heeft");
        assertThat(GridKt._size(view.sessions)).isEqualTo(6);
    }

    @Test
    void theProcessSupervisorTakesAMemberOutAndAddsAnotherButNeverBelowFour() {
        long group = fixtures.group(5, "teamleider.soest");
        long soest = fixtures.personOf("teamleider.soest");
        login("procesbegeleider");
        GroupView view = open(group);
        Button removeSoest = _get(Button.class, s -> s.withId("remove-member-" + soest));
        assertThat(removeSoest.getAriaLabel())
                .hasValueSatisfying(label -> assertThat(label).startsWith("Uit de groep: "));
        String name = removeSoest.getAriaLabel().orElseThrow().substring("Uit de groep: ".length());
        assertThat(view.members.getElement().getTextRecursively()).contains(name);

        _click(removeSoest);
        assertThat(fixtures.asSupervisorMembers(group)).hasSize(4).doesNotContain(soest);
        assertThat(view.members.getElement().getTextRecursively()).doesNotContain(name);

        long leaving = fixtures.asSupervisorMembers(group).getFirst();
        _click(_get(Button.class, s -> s.withId("remove-member-" + leaving)));
        assertThat(view.newMember.isInvalid()).isTrue();
        assertThat(view.newMember.getErrorMessage()).isEqualTo("Een intervisiegroep heeft vier tot tien leden.");
        assertThat(fixtures.asSupervisorMembers(group)).hasSize(4).contains(leaving);

        assertThat(view.newMember.getListDataView().getItems().map(PersonSummary::id))
                .as("offers who is not in the group yet, the one who just left among them")
                .contains(soest)
                .doesNotContainAnyElementsOf(fixtures.asSupervisorMembers(group));
        view.newMember.setValue(view.newMember
                .getListDataView()
                .getItems()
                .filter(p -> p.id() == soest)
                .findFirst()
                .orElseThrow());
        _click(view.addMember);
        assertThat(fixtures.asSupervisorMembers(group)).hasSize(5).contains(soest);
        assertThat(view.members.getElement().getTextRecursively()).contains(name);
    }

    @Test
    void theProcessSupervisorNamesAFixedFacilitatorAndTheComingSessionFollows() {
        long group = fixtures.group(4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long outsider = fixtures.outsiders(173, 1).getFirst();
        login("procesbegeleider");
        GroupView view = open(group);
        assertThat(view.facilitationFields.chosen()).isEqualTo(Facilitation.ROTATING);
        assertThat(view.facilitationFields.facilitator.isVisible()).isFalse();

        view.facilitationFields.facilitation.setValue(Facilitation.FIXED);
        _click(view.saveFacilitation);
        assertThat(view.facilitationFields.facilitator.isInvalid()).isTrue();
        assertThat(view.facilitationFields.facilitator.getErrorMessage()).isEqualTo("Kies de vaste gespreksleider.");

        view.facilitationFields.facilitator.setValue(view.facilitationFields
                .facilitator
                .getListDataView()
                .getItems()
                .filter(p -> p.id() == outsider)
                .findFirst()
                .orElseThrow());
        _click(view.saveFacilitation);
        String name = view.facilitationFields.facilitator.getValue().displayName();
        assertThat(view.facilitation.getText()).isEqualTo("Vaste gespreksleider: " + name);
        users.login("teamleider.soest");
        assertThat(sessions.session(session).roles()).containsEntry(PeerRole.FACILITATOR, outsider);

        login("procesbegeleider");
        view = open(group);
        assertThat(view.facilitationFields.chosen()).as("shown as it is now").isEqualTo(Facilitation.FIXED);
        assertThat(view.facilitationFields.facilitatorId()).isEqualTo(outsider);
    }

    @Test
    void aFacilitationChangedMeanwhileBySomeoneElseIsShownNotOverwritten() {
        List<Long> two = fixtures.outsiders(181, 2);
        long group = fixtures.group(4, "teamleider.soest");
        login("procesbegeleider");
        GroupView view = open(group);
        // meanwhile, on another page
        groups.setFacilitation(group, groups.group(group).version(), Facilitation.FIXED, two.getFirst());

        view.facilitationFields.facilitation.setValue(Facilitation.FIXED);
        view.facilitationFields.facilitator.setValue(view.facilitationFields
                .facilitator
                .getListDataView()
                .getItems()
                .filter(p -> p.id() == two.getLast())
                .findFirst()
                .orElseThrow());
        _click(view.saveFacilitation);

        assertThat(groups.group(group).facilitatorPersonId())
                .as("the other change stands")
                .isEqualTo(two.getFirst());
        assertThat(view.facilitationFields.facilitatorId()).as("and is shown").isEqualTo(two.getFirst());
        assertThat(view.facilitation.getText()).startsWith("Vaste gespreksleider: ");
    }

    @Test
    void whoLeftTheOrganisationIsMarkedForTheProcessSupervisor() {
        List<Long> leavers = fixtures.outsiders(178, 2);
        long facilitator = leavers.getFirst();
        long member = leavers.getLast();
        long group = fixtures.group(Facilitation.FIXED, facilitator, 4, "teamleider.soest");
        fixtures.addMember(group, member);
        leavers.forEach(fixtures::deactivate);

        login("procesbegeleider");
        GroupView view = open(group);
        assertThat(view.facilitation.getText())
                .startsWith("Vaste gespreksleider: ")
                .endsWith(" (niet meer actief)");
        assertThat(view.members.getElement().getTextRecursively()).containsOnlyOnce("(niet meer actief)");
        Button remove = _get(Button.class, s -> s.withId("remove-member-" + member));
        assertThat(remove.getAriaLabel())
                .hasValueSatisfying(
                        label -> assertThat(view.members.getElement().getTextRecursively())
                                .contains(label.substring("Uit de groep: ".length()) + " (niet meer actief)"));
    }

    @Test
    void aMemberSeesTheMembersWithoutTheToolsToChangeThem() {
        long group = fixtures.group(4, "wijkcoach.baarn");
        login("wijkcoach.baarn");
        GroupView view = open(group);
        assertThat(view.members.getChildren()).hasSize(4);
        assertThat(_find(Button.class, s -> s.withId("remove-member-" + fixtures.personOf("wijkcoach.baarn"))))
                .isEmpty();
        assertThat(view.addMember.isAttached()).isFalse();
        assertThat(view.saveFacilitation.isAttached()).isFalse();
    }

    @Test
    void nonMembersProvidersAndManagersAreRefusedTheGroup() {
        long group = fixtures.group(4, "teamleider.soest");
        for (String outsider : List.of("wijkcoach.baarn", "aanbieder", "manager.leusden")) {
            login(outsider);
            assertRefused("intervisie/groep/" + group);
        }
    }

    static GroupView open(long groupId) {
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("groupId", String.valueOf(groupId)));
        return _get(GroupView.class);
    }
}
