package nl.regioportaal.shared;

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
}
