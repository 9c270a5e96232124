package nl.regioportaal.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to every {@link NoticeEvent} after the publishing transaction committed (asynchronously, in
 * a transaction of its own). The event publication registry keeps the event until this completes, so
 * a failure or a node that died is retried at the next start.
 */
@Component
class NoticeListener {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeListener.class);

    private final NoticeRecorder recorder;
    private final MailOutbox outbox;

    NoticeListener(NoticeRecorder recorder, MailOutbox outbox) {
        this.recorder = recorder;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(NoticeEvent event) {
        try {
            if (recorder.record(event)) {
                outbox.sendSoon();
            }
        } catch (DataIntegrityViolationException e) {
            // the same key was recorded at the same moment by another node or thread: it is there once
            LOG.info("notice recorded concurrently elsewhere kind={}", event.kind());
        }
    }
}
