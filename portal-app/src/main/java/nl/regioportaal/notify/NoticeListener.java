package nl.regioportaal.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

    /** How often a notice is tried when its calendar item was created or changed beside it at the same moment. */
    private static final int ATTEMPTS = 3;

    @ApplicationModuleListener
    void on(NoticeEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (recorder.record(event)) {
                    outbox.sendSoon();
                }
                return;
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                if (e instanceof DataIntegrityViolationException && recorder.isRecorded(event.deliveryKey())) {
                    // the same key was recorded at the same moment by another node or thread: it is there once
                    LOG.info("notice recorded concurrently elsewhere kind={}", event.kind());
                    return;
                }
                if (attempt == ATTEMPTS) {
                    throw e; // the registry keeps the event and it is tried again at the next start
                }
                // another notice created or changed the same person's calendar item at the same moment (a
                // session planned and moved at once): this notice now updates the item as it is
                LOG.info("notice tried again after a concurrent calendar item kind={}", event.kind());
            }
        }
    }
}
