package nl.regioportaal.plugins;

import java.util.List;

/**
 * A plugin could not be started for a reason the administrator can act on; the reason is an i18n key (and
 * details), shown in Dutch on the admin screen instead of raw exception text.
 */
class PluginStartException extends RuntimeException {

    private final String messageKey;
    private final transient List<String> details;

    PluginStartException(String messageKey, String... details) {
        super(messageKey + " " + List.of(details));
        this.messageKey = messageKey;
        this.details = List.of(details);
    }

    String messageKey() {
        return messageKey;
    }

    String[] details() {
        return details.toArray(String[]::new);
    }
}
