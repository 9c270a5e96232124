package nl.regioportaal.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.regioportaal.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a module tells someone something: publish a {@link NoticeEvent} inside the transaction that
 * caused it. Nothing is written for the notice in that transaction except the event publication;
 * notify records the notice after the commit.
 */
@Service
public class Notices {

    private static final int MAX_KEY = 250;

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    Notices(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    /** Joins the caller's transaction (or opens one), so the event is published at its commit only. */
    @Transactional
    public void publish(NoticeEvent event) {
        currentUser.require();
        events.publishEvent(event);
    }

    /**
     * The delivery key: kind + object + recipient + occasion. A scheduled reminder's occasion is its
     * due date; a manual one's the request (e.g. the day it was asked, so at most one a day). Long keys
     * keep a readable start and end in a hash.
     */
    public static String key(String kind, String object, long recipientPersonId, String occasion) {
        String key = kind + "|" + object + "|" + recipientPersonId + "|" + occasion;
        if (key.length() <= MAX_KEY) {
            return key;
        }
        return key.substring(0, 120) + "#" + sha256(key);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
