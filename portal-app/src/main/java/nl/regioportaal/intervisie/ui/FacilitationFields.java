package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import nl.regioportaal.intervisie.Facilitation;
import nl.regioportaal.region.PersonSummary;

/**
 * Who leads a group's sessions: the members in turn, or a fixed facilitator chosen from everyone who
 * may lead one; the choice of person shows only for a fixed one. Setting a group up and changing it
 * later (the group page) use the same two fields.
 */
final class FacilitationFields {

    final RadioButtonGroup<Facilitation> facilitation =
            new RadioButtonGroup<>(IntervisieUi.t("intervisie.facilitation"));
    final ComboBox<PersonSummary> facilitator = new ComboBox<>(IntervisieUi.t("intervisie.facilitator"));

    FacilitationFields() {
        facilitation.setId("group-facilitation");
        facilitation.setItems(Facilitation.values());
        facilitation.setItemLabelGenerator(f -> IntervisieUi.t("intervisie.facilitation." + f));
        facilitator.setId("group-facilitator");
        facilitator.setItemLabelGenerator(PersonSummary::displayName);
        facilitation.addValueChangeListener(e -> facilitator.setVisible(e.getValue() == Facilitation.FIXED));
    }

    /**
     * Shows a group's facilitation as it is now ({@code ROTATING} and null for a new group), offering
     * the candidates (only who manages peer supervision may list them).
     */
    void show(Facilitation current, Long facilitatorPersonId, List<PersonSummary> candidates) {
        facilitator.setItems(candidates);
        facilitation.setValue(current);
        facilitator.setVisible(current == Facilitation.FIXED);
        facilitator.setValue(facilitator
                .getListDataView()
                .getItems()
                .filter(p -> Long.valueOf(p.id()).equals(facilitatorPersonId))
                .findFirst()
                .orElse(null));
    }

    Facilitation chosen() {
        return facilitation.getValue();
    }

    /** The fixed facilitator chosen, or null (rotating, or nobody chosen: the service says so at the field). */
    Long facilitatorId() {
        return facilitator.getValue() == null ? null : facilitator.getValue().id();
    }
}
