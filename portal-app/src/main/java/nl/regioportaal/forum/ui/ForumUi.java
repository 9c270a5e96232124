package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.MeetingStatus;

/** Small shared pieces of the forum screens. */
final class ForumUi {

    private ForumUi() {}

    /** "do 12 mrt. 2027, 14:00–16:00" in the reader's language. */
    static String when(MeetingSummary m, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return day.format(m.startsAt()) + ", " + time.format(m.startsAt()) + "–" + time.format(m.endsAt());
    }

    static String dateTime(LocalDateTime d, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(d);
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A download link that builds its file when clicked. */
    static Anchor download(String id, String fileName, String contentType, String label, Supplier<byte[]> content) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                }),
                label);
        a.setId("download-" + id);
        return a;
    }

    static Anchor meetingLink(MeetingSummary m, String text) {
        Anchor a = new Anchor("overleg/vergadering/" + m.id(), text);
        a.setId("meeting-" + m.id());
        return a;
    }

    /** The status as text; the badge only repeats it. */
    static Span statusBadge(MeetingStatus status, String text) {
        Span badge = new Span(text);
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case CANCELLED -> "badge error";
                            case APPROVED, HELD -> "badge contrast";
                            case PUBLISHED, IN_PROGRESS -> "badge success";
                            default -> "badge";
                        });
        return badge;
    }
}
