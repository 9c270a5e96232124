package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableRunnable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.training.CourseStatus;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.TrainingModel.MyEnrolment;
import nl.regioportaal.training.TrainingState;

/** Small shared pieces of the training screens. */
final class TrainingUi {

    /** What a page's element hears when it is shown narrow (see {@link #whenNarrow}). */
    static final String NARROW_EVENT = "rp-narrow";

    private TrainingUi() {}

    /** In the screen's language (an English reader gets "12/03/2027"); empty when there is no date. */
    static String date(LocalDate d) {
        return d == null ? "" : PortalFormats.date(d, locale());
    }

    /** Hours with at most one decimal, in the reader's notation ("3,5"). */
    static String hours(BigDecimal hours) {
        return PortalFormats.number(hours, 1, locale());
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

    /**
     * A person's state for a course in words. "Ingeschreven" only for a seat: the read model counts
     * any open place as enrolled, but a waiting-list place or a request must not read as one.
     */
    static String stateText(Component c, CourseStatus status, EnrolmentStatus open) {
        return c.getTranslation(stateKey(status, open));
    }

    static String stateKey(CourseStatus status, EnrolmentStatus open) {
        if (status.state() == TrainingState.ENROLLED && open == EnrolmentStatus.WAITING) {
            return "training.state.on-waiting-list";
        }
        if (status.state() == TrainingState.ENROLLED && open == EnrolmentStatus.AWAITING_APPROVAL) {
            return "training.state.awaiting-approval";
        }
        return status.state().i18nKey();
    }

    /** An enrolment's state in words, the same on every screen that lists one's enrolments. */
    static String enrolmentText(Component c, MyEnrolment e) {
        return switch (e.status()) {
            case WAITING ->
                e.sessionOver()
                        ? c.getTranslation("training.enrolment.not-placed")
                        : c.getTranslation("training.session.my-waiting", e.waitingPosition());
            case ENROLLED ->
                e.sessionOver()
                        ? c.getTranslation("training.enrolment.awaiting-attendance")
                        : c.getTranslation("training.enrolment.ENROLLED");
            case AWAITING_APPROVAL -> c.getTranslation("training.enrolment.awaiting-approval", date(e.holdUntil()));
            case DECLINED ->
                e.decisionReason() == null
                        ? c.getTranslation("training.enrolment.DECLINED")
                        : c.getTranslation("training.enrolment.declined-reason", e.decisionReason());
            default -> c.getTranslation("training.enrolment." + e.status().name());
        };
    }

    /** Asks before giving up a place: the seat goes to someone else and may not come back. */
    static void confirmCancel(Component c, String courseTitle, String when, Runnable cancel) {
        confirm(
                "cancel-confirm",
                c.getTranslation("training.session.cancel.confirm.header"),
                c.getTranslation("training.session.cancel.confirm.text", courseTitle, when),
                c.getTranslation("training.session.cancel.confirm.ok"),
                c.getTranslation("training.session.cancel.confirm.keep"),
                cancel);
    }

    /** A table shown on wider screens only; a phone shows its {@link #fill narrow list} instead. */
    static <T extends Component & HasStyle> T wideTable(T table) {
        table.addClassName("rp-wide-table");
        return table;
    }

    /** Empties a phone's list of cards (shown instead of a table on narrow screens) and names it. */
    static void fill(UnorderedList list, String name) {
        list.removeAll();
        list.addClassName("rp-narrow-list");
        list.getElement().setAttribute("aria-label", name);
    }

    /**
     * Runs {@code fill} once the page is shown under styles.css's narrow media query (at once on a
     * phone, or when a window is made that narrow), for lists too long to send to every screen and
     * hide on the wide ones. Its own event, so any component can ask; the browser says, as for the CSS.
     */
    static void whenNarrow(Component c, SerializableRunnable fill) {
        c.getElement().addEventListener(NARROW_EVENT, e -> fill.run());
        c.addAttachListener(e -> c.getElement()
                .executeJs(
                        "const narrow = window.matchMedia('(max-width: 40rem)');"
                                + " const tell = () => this.dispatchEvent(new CustomEvent($0));"
                                + " if (narrow.matches) { tell(); return; }"
                                + " const once = q => { if (q.matches) { narrow.removeEventListener('change', once);"
                                + " tell(); } };"
                                + " narrow.addEventListener('change', once);",
                        NARROW_EVENT));
    }

    static ListItem card(Component... content) {
        ListItem item = new ListItem(content);
        item.addClassName("rp-card");
        return item;
    }

    /**
     * Enrolling a team member in a session that starts after their deadline asks first, as enrolling
     * oneself does; otherwise it enrols at once.
     */
    static void enrolMember(
            Component c, LocalDate deadline, LocalDate firstDay, String member, String course, Runnable enrol) {
        if (!afterDeadline(deadline, firstDay)) {
            enrol.run();
            return;
        }
        confirm(
                "deadline-confirm",
                c.getTranslation("training.enrol.after-deadline.member-header", member),
                c.getTranslation("training.enrol.after-deadline.member-text", date(deadline), member, course),
                c.getTranslation("training.enrol.after-deadline.ok"),
                c.getTranslation("training.enrol.after-deadline.back"),
                enrol);
    }

    /** The warning under the chosen session, before anything is pressed (empty when in time). */
    static String memberDeadlineNote(Component c, LocalDate deadline, LocalDate firstDay, String member) {
        return afterDeadline(deadline, firstDay)
                ? c.getTranslation("training.enrol.after-deadline.member-note", member, date(deadline))
                : "";
    }

    private static boolean afterDeadline(LocalDate deadline, LocalDate firstDay) {
        return deadline != null && firstDay != null && firstDay.isAfter(deadline);
    }

    static void confirm(String id, String header, String text, String ok, String back, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, ok, e -> action.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.setCancelText(back);
        dialog.open();
    }
}
