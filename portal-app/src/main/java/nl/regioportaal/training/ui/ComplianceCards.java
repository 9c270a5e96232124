package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.ComplianceExport;
import nl.regioportaal.training.ComplianceService.Cell;
import nl.regioportaal.training.ComplianceService.CourseColumn;
import nl.regioportaal.training.ComplianceService.Rollup;
import nl.regioportaal.training.ComplianceService.Row;
import nl.regioportaal.training.PeerSupervisionService.HoursRow;
import nl.regioportaal.training.TrainingState;
import org.jsoup.nodes.Entities;

/**
 * The overview on a phone: the roll-ups as a folded list (region → municipality → team, the
 * numbers as text), the people and the peer-supervision hours as cards, a page at a time.
 *
 * <p>A person's course states are one small piece of HTML per card rather than a component per
 * course: with the national set's 23 courses a page of cards would otherwise send as much as
 * several pages of the table.
 */
final class ComplianceCards implements Serializable {

    final UnorderedList rollups = new UnorderedList();
    final PagedCards<Row> people;
    final PagedCards<HoursRow> peerHours;
    private final Component owner;
    private final Locale locale;
    private final List<CourseColumn> courses;

    ComplianceCards(Component owner, Locale locale, List<CourseColumn> courses, int pageSize, PersonPanel person) {
        this.owner = owner;
        this.locale = locale;
        this.courses = courses;
        people = new PagedCards<>(
                owner.getTranslation("training.overview.matrix"), pageSize, r -> personCard(r, person));
        peerHours = new PagedCards<>(owner.getTranslation("training.peer-hours.overview"), pageSize, this::hoursCard);
        TrainingUi.fill(rollups, owner.getTranslation("training.overview.rollups"));
        rollups.addClassName("rp-rollup-list");
    }

    /** The tree's roots open onto their children; deeper levels are built when they are opened. */
    void showRollups(List<Rollup> roots, Children children, boolean filtering) {
        TrainingUi.fill(rollups, owner.getTranslation("training.overview.rollups"));
        roots.forEach(r -> rollups.add(rollupItem(r, children, filtering, true)));
    }

    /** The children of a roll-up in the tree. */
    @FunctionalInterface
    interface Children extends Serializable {
        List<Rollup> of(Rollup parent);
    }

    private ListItem rollupItem(Rollup r, Children children, boolean filtering, boolean open) {
        Span name = new Span(r.name());
        name.addClassName("rp-rollup-name");
        Span numbers = new Span(numbers(r, filtering));
        numbers.addClassName("rp-rollup-numbers");
        List<Rollup> below = children.of(r);
        if (below.isEmpty()) {
            // a team leader's tree is their team alone: still a card of its own
            ListItem leaf = new ListItem(name, numbers);
            if (open) {
                leaf.addClassName("rp-card");
            }
            return leaf;
        }
        UnorderedList list = new UnorderedList();
        NativeDetails details = new NativeDetails(new Span(name, numbers), list);
        details.addToggleListener(e -> {
            if (e.isOpened() && list.getChildren().findAny().isEmpty()) {
                below.forEach(b -> list.add(rollupItem(b, children, filtering, false)));
            }
        });
        if (open) {
            below.forEach(b -> list.add(rollupItem(b, children, filtering, false)));
            details.setOpen(true);
        }
        ListItem item = new ListItem(details);
        if (open) {
            item.addClassName("rp-card");
        }
        return item;
    }

    /** "Verplicht: 1.234 · Voldaan: 1.000 · Percentage voldaan: 81,0 % · Te laat of verlopen: 12". */
    private String numbers(Rollup r, boolean filtering) {
        List<String> parts = new ArrayList<>(List.of(
                label("training.overview.level", owner.getTranslation("training.overview.level." + r.level())),
                label("training.overview.required", PortalFormats.number(r.required(), locale)),
                label("training.overview.compliant", PortalFormats.number(r.compliant(), locale)),
                label("training.overview.percent", PortalFormats.percent(r.percent(), locale)),
                label("training.overview.behind", PortalFormats.number(r.late(), locale))));
        if (filtering) {
            parts.add(label("training.overview.matching", PortalFormats.number(r.matching(), locale)));
        }
        // each "label: number" wraps as a whole, never between a label and its number
        return parts.stream().map(p -> p.replace(' ', '\u00a0')).collect(Collectors.joining(" · "));
    }

    private String label(String key, String value) {
        return owner.getTranslation(key) + ": " + value;
    }

    private ListItem personCard(Row r, PersonPanel person) {
        // a real button, as in the table: Tab onto the name, Enter opens the person
        Button name = new Button(r.name(), e -> person.open(r));
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        name.addClassName("rp-open-person");
        return TrainingUi.card(
                new H4(name), new Paragraph(r.teamName() + " · " + r.municipalityName()), courseStates(r));
    }

    /** The person's mandatory courses with state and date, the courses that do not apply left out. */
    private Html courseStates(Row r) {
        StringBuilder html = new StringBuilder("<ul class=\"rp-course-states\">");
        for (CourseColumn c : courses) {
            Cell cell = r.cells().get(c.id());
            if (cell == null || cell.state() == TrainingState.NOT_REQUIRED) {
                continue;
            }
            String date = PortalFormats.date(ComplianceExport.date(cell), locale);
            String state = owner.getTranslation(cell.state().i18nKey())
                    + (date.equals(PortalFormats.NONE) ? "" : " (" + date + ")");
            html.append("<li>")
                    .append(Entities.escape(c.title()))
                    .append(": <span class=\"rp-training-state\" style=\"color:")
                    .append(TrainingUi.stateColour(cell.state()))
                    .append(
                            cell.state() == TrainingState.OVERDUE || cell.state() == TrainingState.EXPIRED
                                    ? ";font-weight:700"
                                    : "")
                    .append("\">")
                    .append(Entities.escape(state))
                    .append("</span></li>");
        }
        return new Html(html.append("</ul>").toString());
    }

    private ListItem hoursCard(HoursRow r) {
        List<String> parts = new ArrayList<>();
        parts.add(label("training.peer-hours.hours", TrainingUi.hours(r.hours())));
        if (r.required() != null) {
            parts.add(label("training.peer-hours.required", String.valueOf(r.required())));
        }
        if (r.isShort()) {
            parts.add(owner.getTranslation("training.peer-hours.short"));
        }
        return TrainingUi.card(new H4(r.name()), new Paragraph(String.join(" · ", parts)));
    }
}
