package nl.regioportaal.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.training.TrainingState;

/** Small shared pieces of the training screens. */
final class TrainingUi {

    private TrainingUi() {}

    /** In the screen's language (an English reader gets "12/03/2027"); empty when there is no date. */
    static String date(LocalDate d) {
        return d == null ? "" : PortalFormats.date(d, locale());
    }

    static String dateTime(LocalDateTime d) {
        return d == null ? "" : PortalFormats.dateTime(d, locale());
    }

    /** "maart 2027" / "March 2027". */
    static String month(YearMonth month) {
        Locale locale = PortalI18NProvider.supported(locale());
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
    }

    /** The state as text first; the colour (WCAG AA on white) only repeats it. */
    /** The colour that repeats what a state's text says. */
    static String stateColour(TrainingState state) {
        return switch (state) {
            case VALID -> "var(--rp-ok)";
            case EXPIRING, ENROLLED, TO_DO -> "var(--rp-warn)";
            case EXPIRED, OVERDUE -> "var(--rp-bad)";
            case NOT_REQUIRED -> "var(--rp-muted)";
        };
    }

    static Span stateBadge(TrainingState state, String text) {
        Span badge = new Span(text);
        badge.addClassName("rp-training-state");
        badge.getElement().setAttribute("data-state", state.name());
        badge.getStyle()
                .set("color", stateColour(state))
                .set("font-weight", state == TrainingState.OVERDUE || state == TrainingState.EXPIRED ? "700" : "500");
        return badge;
    }
}
