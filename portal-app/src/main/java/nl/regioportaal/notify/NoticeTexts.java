package nl.regioportaal.notify;

import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Renders a stored notice in one language: the kind's owner supplies the texts (a plugin through its
 * {@link NoticeTextSource}, every portal module through its bundles).
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
        return PortalI18NProvider.translate(key, locale, params.toArray());
    }
}
