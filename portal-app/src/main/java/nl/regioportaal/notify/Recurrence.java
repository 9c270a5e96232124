package nl.regioportaal.notify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Recur;

/**
 * Series of dates (forum meetings, peer-supervision sessions, …) from an iCalendar RRULE, computed by
 * ical4j in Europe/Amsterdam: the wall-clock time stays (a 14:00 meeting is at 14:00 before and after
 * the change to winter time). Shared by every module that plans a series.
 */
public final class Recurrence {

    private Recurrence() {}

    /**
     * @param first the first start, Amsterdam wall-clock time
     * @param rule  an RRULE value, e.g. {@code FREQ=WEEKLY;INTERVAL=2;COUNT=6}
     * @param until the last day to include (also when the rule has no end)
     * @return the starts, first one included, in order
     */
    public static List<LocalDateTime> starts(LocalDateTime first, String rule, LocalDate until) {
        Recur<ZonedDateTime> recur = new Recur<>(rule);
        ZonedDateTime seed = first.atZone(IcsWriter.AMSTERDAM);
        ZonedDateTime end = until.plusDays(1).atStartOfDay(IcsWriter.AMSTERDAM);
        return recur.getDates(seed, seed, end).stream()
                .map(ZonedDateTime::toLocalDateTime)
                .filter(d -> !d.toLocalDate().isAfter(until))
                .sorted()
                .toList();
    }
}
