package nl.regioportaal.plugins;

import java.util.List;

/**
 * An upload or action the portal refuses, with the reason as an i18n key (and parameters) so that the
 * administrator reads it in Dutch.
 */
public class PluginRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> params;

    public PluginRejectedException(String messageKey, Object... params) {
        super(messageKey + " " + List.of(params));
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
