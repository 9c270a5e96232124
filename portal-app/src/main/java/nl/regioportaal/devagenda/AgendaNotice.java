package nl.regioportaal.devagenda;

import java.util.List;
import nl.regioportaal.notify.NoticeEvent;

/** The development agenda's domain event for notify. */
record AgendaNotice(
        long recipientPersonId, String kind, String textKey, List<String> params, String link, String deliveryKey)
        implements NoticeEvent {}
