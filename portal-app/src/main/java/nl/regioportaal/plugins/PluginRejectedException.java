package nl.regioportaal.plugins;

import nl.regioportaal.shared.RefusedException;

/**
 * An upload or action the portal refuses, with the reason as an i18n key (and parameters) so that the
 * administrator reads it in Dutch.
 */
public class PluginRejectedException extends RefusedException {

    public PluginRejectedException(String messageKey, Object... params) {
        super(messageKey, null, params);
    }
}
