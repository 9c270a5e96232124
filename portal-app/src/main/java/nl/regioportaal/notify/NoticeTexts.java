package nl.regioportaal.notify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Renders a stored notice in one language: the kind's owner supplies the texts (a plugin through its
 * {@link NoticeTextSource}, every portal module through its bundles). The portal's modules send
 * dates as ISO days ("2027-03-12") or days with a time ("2027-03-12 14:05"); they are written the
 * way the reader writes them ("12-03-2027", "12/03/2027 14:05"). A notice recorded with a Dutch
 * date passes unchanged.
 */
@Component
class NoticeTexts {

    record Rendered(String subject, String body) {}

    private final List<NoticeTextSource> sources;

    NoticeTexts(List<NoticeTextSource> sources) {
        this.sources = sources;
    }

    Rendered render(Notification n, Locale locale) {
        if (n.getTextKey() == null) {
            return new Rendered(n.getLegacySubject(), n.getLegacyBody());
        }
        return new Rendered(
                text(n.getKind(), n.getTextKey() + ".subject", locale, n.getParams()),
                text(n.getKind(), n.getTextKey() + ".body", locale, n.getParams()));
    }

    /** The notice as its recipient reads it, in {@code locale}. */
    Notice notice(Notification n, Locale locale) {
        Rendered r = render(n, locale);
        return new Notice(
                n.getId(), n.getKind(), r.subject(), r.body(), n.getLink(), n.getCreatedAt(), n.getReadAt() != null);
    }

    String text(String kind, String key, Locale locale, List<String> params) {
        for (NoticeTextSource source : sources) {
            var text = source.text(kind, key, locale, params);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return PortalI18NProvider.translate(
                key, locale, params.stream().map(p -> shown(p, locale)).toArray());
    }

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DAY_AND_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    static String shown(String param, Locale locale) {
        try {
            if (param != null && ISO_DAY.matcher(param).matches()) {
                return PortalFormats.date(LocalDate.parse(param), locale);
            }
            if (param != null && ISO_DAY_AND_TIME.matcher(param).matches()) {
                return PortalFormats.dateTime(LocalDateTime.parse(param.replace(' ', 'T')), locale);
            }
        } catch (DateTimeParseException notADate) {
            // text that only looks like a date ("2027-13-45") is shown as written
        }
        return param;
    }
}
