package nl.regioportaal.training.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.regioportaal.training.TrainingState;

/** Small shared pieces of the training screens. */
final class TrainingUi {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private TrainingUi() {}

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String dateTime(LocalDateTime d) {
        return d == null ? "" : DATE_TIME.format(d);
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
