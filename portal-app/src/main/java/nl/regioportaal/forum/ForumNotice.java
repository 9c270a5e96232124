package nl.regioportaal.forum;

import java.util.List;
import nl.regioportaal.notify.CalendarInvite;
import nl.regioportaal.notify.NoticeEvent;

/** The forum module's domain event for notify: kind, texts' parameters and, for meetings, the calendar item. */
record ForumNotice(
        long recipientPersonId,
        String kind,
        String textKey,
        List<String> params,
        String link,
        String deliveryKey,
        CalendarInvite calendar)
        implements NoticeEvent {}
