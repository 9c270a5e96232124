package nl.regioportaal.notify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioportaal.shared.PersonalData;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices, mail log, calendar items, preferences and the feed token are the person's: exported in
 * full (notices in the person's language), deleted on erasure.
 */
@Component
@Transactional
class NotificationPersonalData implements PersonalData {

    record Export(
            List<Notice> notices,
            Map<String, Channel> preferences,
            List<String> mails,
            List<String> calendarItems,
            boolean calendarFeed) {}

    private final NotificationRepository notifications;
    private final NoticeTexts texts;
    private final Recipients recipients;
    private final PreferenceRepository preferences;
    private final MailDeliveryRepository mails;
    private final CalendarItemRepository calendar;
    private final FeedTokenRepository feedTokens;

    NotificationPersonalData(
            NotificationRepository notifications,
            NoticeTexts texts,
            Recipients recipients,
            PreferenceRepository preferences,
            MailDeliveryRepository mails,
            CalendarItemRepository calendar,
            FeedTokenRepository feedTokens) {
        this.notifications = notifications;
        this.texts = texts;
        this.recipients = recipients;
        this.preferences = preferences;
        this.mails = mails;
        this.calendar = calendar;
        this.feedTokens = feedTokens;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long personId) {
        var locale = recipients.localeOf(personId);
        List<Notice> notices =
                notifications
                        .findByRecipientPersonIdOrderByCreatedAtDesc(personId, PageRequest.ofSize(100_000))
                        .stream()
                        .map(n -> texts.notice(n, locale))
                        .toList();
        Map<String, Channel> chosen = new TreeMap<>();
        preferences.findByIdPersonId(personId).forEach(p -> chosen.put(p.getId().kind(), p.getChannel()));
        return new Export(
                notices,
                chosen,
                mails.findByRecipientPersonId(personId).stream()
                        .map(m -> m.getCreatedAt() + " " + m.getKind() + " " + m.getStatus())
                        .toList(),
                calendar.findByPersonIdOrderByIdAsc(personId).stream()
                        .map(c -> c.getTitle() + " " + c.getSlots())
                        .toList(),
                feedTokens.existsById(personId));
    }

    @Override
    public void erase(long personId) {
        List<Long> mailIds = mails.idsOf(personId);
        if (!mailIds.isEmpty()) {
            mails.deleteRows(mailIds);
        }
        notifications.deleteAllOf(personId);
        preferences.deleteByIdPersonId(personId);
        calendar.deleteByPersonId(personId);
        feedTokens.deleteById(personId);
    }
}
