package nl.regioportaal.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.regioportaal.notify.NoticeTextSource;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Training's notice texts from the portal's bundles, with the dates (stored as ISO days by
 * {@link TrainingNotices}) written as the reader expects them: "12-03-2027" in Dutch, "12/03/2027" in
 * English. Notices recorded before dates travelled as ISO carry the Dutch form and pass unchanged.
 */
@Component
class TrainingNoticeTexts implements NoticeTextSource {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public Optional<String> text(String kind, String key, Locale locale, List<String> params) {
        if (!kind.startsWith("training.") || !key.startsWith("training.notice.")) {
            return Optional.empty();
        }
        return Optional.of(PortalI18NProvider.translate(
                key, locale, params.stream().map(p -> shown(p, locale)).toArray()));
    }

    static String shown(String param, Locale locale) {
        if (param == null || !ISO_DAY.matcher(param).matches()) {
            return param;
        }
        try {
            return PortalFormats.date(LocalDate.parse(param), locale);
        } catch (DateTimeParseException notADay) {
            return param;
        }
    }
}
