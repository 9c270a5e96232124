package nl.regioportaal.notify;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar text (RFC 5545/5546) with ical4j: invitations (METHOD:REQUEST for new and changed items,
 * METHOD:CANCEL for cancelled ones) and the personal feed. Times are Europe/Amsterdam with its
 * VTIMEZONE, as Outlook and Thunderbird expect; one VEVENT per day part.
 */
final class IcsWriter {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String PRODUCT = "-//Regioportaal//Notify//NL";
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsWriter() {}

    static String invitation(CalendarItem item, String organizer, String attendee, String baseUrl, Instant now) {
        Method method = item.isCancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        Calendar calendar = calendar(method);
        events(item, baseUrl, now).forEach(e -> {
            e.add(new Organizer(URI.create("mailto:" + organizer)));
            if (attendee != null) {
                e.add(new Attendee(URI.create("mailto:" + attendee)));
            }
            calendar.add(e);
        });
        return write(calendar);
    }

    static String feed(List<CalendarItem> items, String baseUrl, Instant now) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        items.stream()
                .filter(item -> !item.neverSent())
                .forEach(item -> events(item, baseUrl, now).forEach(calendar::add));
        return write(calendar);
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        VTimeZone zone = ZONES.getTimeZone(AMSTERDAM.getId()).getVTimeZone();
        calendar.add(zone);
        return calendar;
    }

    private static List<VEvent> events(CalendarItem item, String baseUrl, Instant now) {
        List<CalendarInvite.Slot> slots = item.getSlots();
        return IntStream.range(0, slots.size())
                .mapToObj(i -> {
                    CalendarInvite.Slot slot = slots.get(i);
                    VEvent e = new VEvent(
                            slot.start().atZone(AMSTERDAM), slot.end().atZone(AMSTERDAM), item.getTitle());
                    e.add(new Uid(slotUid(item.getUid(), i)));
                    e.add(new Sequence(item.getSequence()));
                    e.add(new DtStamp(now));
                    e.add(new LastModified(item.getUpdatedAt()));
                    e.add(item.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
                    if (item.getLocation() != null) {
                        e.add(new Location(item.getLocation()));
                    }
                    if (item.getUrl() != null) {
                        e.add(new Url(URI.create(absolute(baseUrl, item.getUrl()))));
                    }
                    return e;
                })
                .toList();
    }

    /** The first day part carries the item's UID; further day parts get their own, derived from it. */
    static String slotUid(String uid, int index) {
        if (index == 0) {
            return uid;
        }
        int at = uid.indexOf('@');
        return at < 0 ? uid + "-" + index : uid.substring(0, at) + "-" + index + uid.substring(at);
    }

    static String absolute(String baseUrl, String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + (link.startsWith("/") ? link.substring(1) : link);
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
