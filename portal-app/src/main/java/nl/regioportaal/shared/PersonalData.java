package nl.regioportaal.shared;

import java.util.List;

/**
 * A module's share of a staff member's personal data (AVG/GDPR): what it exports on request and
 * how it erases it. The region module collects all implementations and checks who may ask;
 * implementations therefore do no access checks of their own and stay package-private.
 */
public interface PersonalData {

    /** The section's name in an export, e.g. {@code "notifications"}. */
    String section();

    /** A JSON-friendly value (records, lists, maps) with everything this module keeps about the person. */
    Object export(long personId);

    /** Removes or anonymises this module's data about the person. */
    void erase(long personId);

    /**
     * Parts of this module's data that {@link #erase} cannot reach right now (e.g. a plugin that is not
     * running), by name, to tell the administrator; the module erases them once they are back (it
     * remembers them in {@link #erase}); empty as a rule.
     */
    default List<String> outOfReach() {
        return List.of();
    }

    /**
     * A module refuses an erasure (e.g. a plugin failed to erase its part): nothing of the person is erased.
     * The message key and its parameters say why, in the administrator's language.
     */
    class NotErased extends RefusedException {

        public NotErased(String messageKey, Throwable cause, Object... params) {
            super(messageKey, cause, params);
        }
    }
}
