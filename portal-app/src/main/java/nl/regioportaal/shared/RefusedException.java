package nl.regioportaal.shared;

import java.util.List;

/**
 * Something the portal refuses to do, with the reason as an i18n key and its parameters, so that the
 * screen that asked shows it in the user's language (e.g. a plugin upload, an erasure a plugin failed).
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> params;

    public RefusedException(String messageKey, Throwable cause, Object... params) {
        super(messageKey + " " + List.of(params), cause);
        this.messageKey = messageKey;
        this.params = List.of(params);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.toArray();
    }
}
