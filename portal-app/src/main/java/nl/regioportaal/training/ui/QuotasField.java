package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.training.ui.SessionDraft.Quota;

/** Seats reserved for further municipalities: a municipality and its seats per row. */
class QuotasField extends RowsField<Quota> {

    private final List<MunicipalityRef> municipalities;

    QuotasField(List<MunicipalityRef> municipalities) {
        super(
                "training.sessions.more-quotas",
                "training.sessions.add-quota",
                "quota",
                "training.sessions.remove-quota");
        this.municipalities = municipalities;
    }

    @Override
    protected Row<Quota> row(Quota value) {
        ComboBox<MunicipalityRef> municipality = new ComboBox<>();
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(MunicipalityRef::name);
        IntegerField seats = new IntegerField(getTranslation("training.sessions.quota-seats"));
        seats.setMin(0);
        if (value != null) {
            municipality.setValue(value.municipality());
            seats.setValue(value.seats());
        }
        municipality.addValueChangeListener(e -> updateValue());
        seats.addValueChangeListener(e -> updateValue());
        return new Row<>() {
            public List<Component> fields() {
                return List.of(municipality, seats);
            }

            public Quota value() {
                return new Quota(municipality.getValue(), seats.getValue());
            }

            public void number(int n) {
                municipality.setLabel(getTranslation("training.sessions.quota-n", n));
                municipality.setId("quota-" + n + "-municipality");
                seats.setId("quota-" + n + "-seats");
            }
        };
    }
}
