package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.Map;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.component.PrivacyFeedback;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.intervisie.PeerRole;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.privacy.PrivacyGuard.Finding;

/** Small shared pieces of the intervisie screens. */
final class IntervisieUi {

    private IntervisieUi() {}

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
    }

    static String t(String key, Object... params) {
        return PortalI18NProvider.translate(key, locale(), params);
    }

    static String when(SessionSummary s) {
        return PortalFormats.dateTime(s.startsAt(), locale()) + "–"
                + PortalFormats.time(s.endsAt().toLocalTime());
    }

    static boolean english() {
        return PortalI18NProvider.supported(locale()) == PortalI18NProvider.ENGLISH;
    }

    static boolean holds(SessionSummary s, PeerRole role, long personId) {
        Long holder = s.roles().get(role);
        return holder != null && holder == personId;
    }

    static Anchor sessionLink(SessionSummary s, String text) {
        Anchor a = new Anchor("intervisie/sessie/" + s.id(), text);
        a.setId("session-" + s.id());
        return a;
    }

    static Button button(String key, String id, Runnable action) {
        Button b = new Button(t(key), e -> action.run());
        b.setId(id);
        return b;
    }

    /**
     * Saves only when the privacy guard on every field allows it (a block stays next to its field,
     * naming the fragment); the service checks again and its errors land next to the fields.
     */
    static boolean save(Runnable save, Map<String, ? extends Component> fields, PrivacyFeedback... guards) {
        boolean allowed = true;
        for (PrivacyFeedback guard : guards) {
            guard.check();
            allowed &= guard.maySave();
        }
        if (!allowed) {
            return false;
        }
        try {
            save.run();
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, fields);
            return false;
        }
        Notification.show(t("intervisie.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    /**
     * For texts about the work rather than a person (a group's name, a place, an instruction): only
     * a block (shown at its field, naming the fragment) stops saving; warnings are shown, not enforced.
     */
    static boolean blocked(PrivacyFeedback... guards) {
        boolean blocked = false;
        for (PrivacyFeedback guard : guards) {
            guard.check();
            blocked |= guard.findings().stream().anyMatch(Finding::blocks);
        }
        return blocked;
    }

    /** Runs a step; a refusal of the service (not running, not planned…) is shown, not thrown. */
    static void step(Runnable step) {
        try {
            step.run();
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, Map.of());
        }
    }
}
