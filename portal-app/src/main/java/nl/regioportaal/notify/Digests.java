package nl.regioportaal.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest: every notice a person chose to get weekly waits (DIGEST_WAITING); once a week
 * each person with waiting notices gets one mail listing them. The digest's key is person + ISO week,
 * so a second run in the same week adds nothing.
 */
@Component
class Digests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final MailDeliveryRepository mails;
    private final MailOutbox outbox;
    private final Clock clock;

    Digests(MailDeliveryRepository mails, MailOutbox outbox, Clock clock) {
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param weekOf the moment whose week is summed up (the job passes the clock's time): every notice
     *     waiting from before it goes into that week's digest, which is sent right away
     * @return the number of digest mails created
     */
    @Transactional
    int sendWeekly(Instant weekOf) {
        Instant now = clock.instant();
        Map<Long, List<MailDelivery>> waiting =
                mails.findByStatusAndCreatedAtBefore(MailStatus.DIGEST_WAITING, weekOf).stream()
                        .collect(Collectors.groupingBy(MailDelivery::getRecipientPersonId));
        var day = weekOf.atZone(AMSTERDAM);
        String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int created = 0;
        for (var entry : waiting.entrySet()) {
            String key = Notices.key(MailDelivery.DIGEST_KIND, week, entry.getKey(), "weekly");
            MailDelivery digest = mails.findByDeliveryKey(key).stream()
                    .findFirst()
                    .orElseGet(() -> mails.save(new MailDelivery(
                            key,
                            MailTransport.messageId(key),
                            entry.getKey(),
                            null,
                            MailDelivery.DIGEST_KIND,
                            MailStatus.PENDING,
                            null,
                            now)));
            if (digest.getStatus() != MailStatus.PENDING) {
                continue; // this week's digest already went out: the rest waits for next week
            }
            entry.getValue().forEach(m -> m.inDigest(digest.getId()));
            created++;
        }
        outbox.sendSoon();
        return created;
    }
}
