package nl.regioportaal.notify;

import java.util.List;

/** The general notice event, for publishers without a domain event of their own (plugins, tests). */
public record NoticeRequested(
        long recipientPersonId, String kind, String textKey, List<String> params, String link, String deliveryKey)
        implements NoticeEvent {

    /** Texts given as they are: subject {@code {0}}, body {@code {1}} (the deprecated plugin {@code send}). */
    public static final String PLAIN = "notify.notice.plain";

    public NoticeRequested {
        params = List.copyOf(params);
    }
}
