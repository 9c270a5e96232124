package nl.regioportaal.training;

import java.util.List;
import nl.regioportaal.notify.CalendarInvite;
import nl.regioportaal.notify.NoticeEvent;

/**
 * The training module's domain event for notify: what happened to whom (kind), with the texts'
 * parameters and, for sessions, the calendar item as it is now.
 */
record TrainingNotice(
        long recipientPersonId,
        String kind,
        String textKey,
        List<String> params,
        String link,
        String deliveryKey,
        CalendarInvite calendar)
        implements NoticeEvent {}
