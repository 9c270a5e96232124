package nl.regioportaal.base.ui.component;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A date picker that speaks the UI's language (Dutch: dd-mm-jjjj, Dutch month and day names). */
public class DateField extends DatePicker {

    public DateField(String label) {
        super(label);
        Locale locale = getLocale() == null ? Locale.of("nl") : getLocale();
        setLocale(locale);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                .toList());
        List<String> days = Arrays.stream(DayOfWeek.values())
                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .toList();
        List<String> shortDays = Arrays.stream(DayOfWeek.values())
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .toList();
        // the component wants the week starting on Sunday
        i18n.setWeekdays(rotate(days));
        i18n.setWeekdaysShort(rotate(shortDays));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("date.today"));
        i18n.setCancel(getTranslation("form.cancel"));
        if ("nl".equals(locale.getLanguage())) {
            i18n.setDateFormat("dd-MM-yyyy");
        }
        setI18n(i18n);
    }

    private static List<String> rotate(List<String> mondayFirst) {
        return Stream.concat(mondayFirst.subList(6, 7).stream(), mondayFirst.subList(0, 6).stream())
                .toList();
    }
}
