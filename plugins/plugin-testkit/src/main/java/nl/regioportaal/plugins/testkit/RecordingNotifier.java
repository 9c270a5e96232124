package nl.regioportaal.plugins.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.plugins.api.Notifier;

/** A {@link Notifier} that keeps what a plugin sent, for assertions; nothing is delivered. */
public final class RecordingNotifier implements Notifier {

    private final List<Notice> notices = new ArrayList<>();
    private final PluginTexts texts;

    RecordingNotifier(PluginTexts texts) {
        this.texts = texts;
    }

    /**
     * One notice as the plugin sent it.
     *
     * @param key    the texts' key prefix ({@code <key>.subject}, {@code <key>.body}); null for {@link #send}
     * @param params the parameters, as text (the portal keeps them as text too)
     */
    public record Notice(long recipientPersonId, String key, String link, List<String> params) {}

    @Override
    public synchronized void notify(long recipientPersonId, String key, String link, Object... params) {
        notices.add(new Notice(
                recipientPersonId,
                key,
                link,
                Arrays.stream(params).map(String::valueOf).toList()));
    }

    @Override
    @Deprecated(since = "1.2.0")
    public synchronized void send(long recipientPersonId, String subject, String body, String link) {
        notices.add(new Notice(recipientPersonId, null, link, List.of(subject, body)));
    }

    /** Everything sent so far, oldest first. */
    public synchronized List<Notice> notices() {
        return List.copyOf(notices);
    }

    public synchronized List<Notice> noticesTo(long personId) {
        return notices.stream().filter(n -> n.recipientPersonId() == personId).toList();
    }

    public synchronized void clear() {
        notices.clear();
    }

    /** The subject as a recipient reading the language would see it (checks that both bundles have it). */
    public String subject(Notice notice, Locale language) {
        return rendered(notice, language, "subject", 0);
    }

    /** The body as a recipient reading the language would see it. */
    public String body(Notice notice, Locale language) {
        return rendered(notice, language, "body", 1);
    }

    private String rendered(Notice notice, Locale language, String part, int plainIndex) {
        if (notice.key() == null) {
            return notice.params().get(plainIndex);
        }
        String key = notice.key() + "." + part;
        return texts.text(language, key, notice.params().toArray())
                .orElseThrow(() -> new AssertionError("no text " + key + " in the plugin's bundles"));
    }
}
