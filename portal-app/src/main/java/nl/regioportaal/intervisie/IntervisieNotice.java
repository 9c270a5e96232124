package nl.regioportaal.intervisie;

import java.util.List;
import nl.regioportaal.notify.CalendarInvite;
import nl.regioportaal.notify.NoticeEvent;

/** The intervisie module's domain event for notify: kind, texts' parameters and the session's calendar item. */
record IntervisieNotice(
        long recipientPersonId,
        String kind,
        String textKey,
        List<String> params,
        String link,
        String deliveryKey,
        CalendarInvite calendar)
        implements NoticeEvent {}
