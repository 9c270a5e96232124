package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.training.SessionForm.DayPart;

/** A session's further day parts (a two-day course, a series of evenings): date, from, to per row. */
class DayPartsField extends RowsField<DayPart> {

    DayPartsField() {
        super(
                "training.sessions.more-day-parts",
                "training.sessions.add-day-part",
                "day-part",
                "training.sessions.remove-day-part");
    }

    @Override
    protected Row<DayPart> row(DayPart value) {
        DateField day = new DateField("");
        TimePicker from = new TimePicker(getTranslation("training.sessions.from"));
        TimePicker to = new TimePicker(getTranslation("training.sessions.to"));
        if (value != null && value.start() != null) {
            day.setValue(value.start().toLocalDate());
            from.setValue(value.start().toLocalTime());
        } else {
            from.setValue(LocalTime.of(9, 0));
        }
        to.setValue(value != null && value.end() != null ? value.end().toLocalTime() : LocalTime.of(12, 30));
        day.addValueChangeListener(e -> updateValue());
        from.addValueChangeListener(e -> updateValue());
        to.addValueChangeListener(e -> updateValue());
        return new Row<>() {
            public List<Component> fields() {
                return List.of(day, from, to);
            }

            public DayPart value() {
                return new DayPart(at(day, from), at(day, to));
            }

            public void number(int n) {
                day.setLabel(getTranslation("training.sessions.day-part", n));
                day.setId("day-part-" + n + "-date");
                from.setId("day-part-" + n + "-from");
                to.setId("day-part-" + n + "-to");
            }
        };
    }

    private static LocalDateTime at(DateField day, TimePicker time) {
        return day.getValue() == null || time.getValue() == null
                ? null
                : day.getValue().atTime(time.getValue());
    }
}
