package nl.regioportaal.intervisie;

import java.util.Map;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import nl.regioportaal.shared.privacy.PrivacyGuard.Finding;
import org.springframework.stereotype.Component;

/**
 * The privacy guard on save, for every free text of this module: a block (a BSN) is refused, a
 * warning (a name, a phone number…) only with a reason. The screens show the same findings while
 * the user types; this is the check that cannot be skipped.
 */
@Component
class PeerPrivacy {

    private final PrivacyGuard guard;

    PeerPrivacy(PrivacyGuard guard) {
        this.guard = guard;
    }

    /** Adds the field's error, if any, to {@code errors}. */
    void check(String field, String text, String overrideReason, Map<String, String> errors) {
        var findings = guard.check(text);
        if (findings.stream().anyMatch(Finding::blocks)) {
            errors.put(field, "intervisie.error.privacy-block");
        } else if (!findings.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
            errors.put(field, "intervisie.error.privacy-warning");
        }
    }

    /**
     * For texts that are about the work, not about a person (a group's name, a place, a method's
     * instructions): only a block stops them; a warning (an address of a meeting room) stands.
     */
    void checkBlocks(String field, String text, Map<String, String> errors) {
        if (!guard.maySave(text)) {
            errors.put(field, "intervisie.error.privacy-block");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
