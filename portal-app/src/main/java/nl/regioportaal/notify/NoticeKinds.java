package nl.regioportaal.notify;

import java.util.Map;

/**
 * The notice kinds a module sends, each with its default channel (a person may choose another on
 * their profile). Kinds no module declares (a plugin's) are mailed at once.
 */
public interface NoticeKinds {

    /** Kind → default channel, in the order to show them. */
    Map<String, Channel> defaults();

    /** The bundle key of the kind's name on the preferences screen. */
    String labelKey(String kind);
}
