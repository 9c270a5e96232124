package nl.regioportaal.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the texts of some kinds live when they are not in the portal's bundles (a plugin's own
 * bundles). The portal's bundles are the default for every other kind.
 */
public interface NoticeTextSource {

    /** The text of {@code key} for a notice of {@code kind}, or empty when this source does not own the kind. */
    Optional<String> text(String kind, String key, Locale locale, List<String> params);
}
