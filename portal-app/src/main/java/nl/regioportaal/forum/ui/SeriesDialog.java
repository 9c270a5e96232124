package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.ForumModel.SeriesDraft;
import nl.regioportaal.forum.MeetingService;

/**
 * The chair plans a series: a first meeting and a rhythm (every 2 or 4 weeks on that weekday, or
 * the same weekday of every month, e.g. the second Thursday) until an end date; each meeting keeps
 * its local start time across the change to and from summer time.
 */
class SeriesDialog {

    /** The rhythms offered; each becomes an RFC 5545 rule for the first meeting's weekday. */
    enum Rhythm {
        WEEKS_2,
        WEEKS_4,
        MONTHLY_NTH_WEEKDAY;

        String rule(LocalDate first) {
            String day = first.getDayOfWeek().name().substring(0, 2);
            return switch (this) {
                case WEEKS_2 -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
                case WEEKS_4 -> "FREQ=WEEKLY;INTERVAL=4;BYDAY=" + day;
                case MONTHLY_NTH_WEEKDAY -> "FREQ=MONTHLY;BYDAY=" + nth(first) + day;
            };
        }

        /** The weekday's number in its month (1–4); a fifth one, which not every month has, means the last (-1). */
        static int nth(LocalDate d) {
            int n = (d.getDayOfMonth() - 1) / 7 + 1;
            return n == 5 ? -1 : n;
        }
    }

    private final MeetingService meetings;
    private final Runnable afterSave;

    SeriesDialog(MeetingService meetings, Runnable afterSave) {
        this.meetings = meetings;
        this.afterSave = afterSave;
    }

    void open(long forumId) {
        Binder<NewSeries> binder = new Binder<>(NewSeries.class);
        FormDialog<NewSeries> d = new FormDialog<>(
                text("forum.series.plan"), binder, s -> meetings.planSeries(forumId, s.draft()), afterSave);
        TextField title = d.add("title", new TextField(text("forum.meeting.title")));
        title.setRequired(true);
        title.setMaxLength(150);
        DateField first = d.add("firstStart", new DateField(text("forum.series.first")));
        first.setRequired(true);
        TimePicker from = d.add("from", new TimePicker(text("forum.meeting.from")));
        IntegerField minutes = d.add("durationMinutes", new IntegerField(text("forum.series.duration")));
        minutes.setHelperText(text("forum.series.duration-help"));
        Select<Rhythm> rhythm = d.add("rule", new Select<>());
        rhythm.setLabel(text("forum.series.rhythm"));
        rhythm.setItems(Rhythm.values());
        rhythm.setItemLabelGenerator(r -> text("forum.series.rhythm." + r));
        DateField until = d.add("until", new DateField(text("forum.series.until")));
        TextField place = d.add("place", new TextField(text("forum.meeting.place")));
        place.setMaxLength(200);
        binder.bind(title, s -> s.title, (s, v) -> s.title = v);
        binder.bind(first, s -> s.first, (s, v) -> s.first = v);
        binder.bind(from, s -> s.from, (s, v) -> s.from = v);
        binder.bind(minutes, s -> s.minutes, (s, v) -> s.minutes = v);
        binder.bind(rhythm, s -> s.rhythm, (s, v) -> s.rhythm = v);
        binder.bind(until, s -> s.until, (s, v) -> s.until = v);
        binder.bind(place, s -> s.place, (s, v) -> s.place = v);
        d.edit(new NewSeries());
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    /** The series form's bean; the service checks every field and names the wrong ones. */
    static final class NewSeries {
        String title = "";
        LocalDate first;
        LocalTime from = LocalTime.of(14, 0);
        Integer minutes = 120;
        Rhythm rhythm = Rhythm.WEEKS_4;
        LocalDate until;
        String place = "";

        SeriesDraft draft() {
            return new SeriesDraft(
                    title,
                    first == null || from == null ? null : first.atTime(from),
                    minutes == null ? 0 : minutes,
                    first == null || rhythm == null ? null : rhythm.rule(first),
                    until,
                    place,
                    null,
                    List.of());
        }
    }
}
