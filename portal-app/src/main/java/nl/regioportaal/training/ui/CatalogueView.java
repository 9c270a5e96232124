package nl.regioportaal.training.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.training.TrainingModel.CatalogueFilter;
import nl.regioportaal.training.TrainingModel.CourseCard;
import nl.regioportaal.training.TrainingQueries;

/** "Scholing": the catalogue of the published plan, filtered by kind, free seats and month. */
@Route("scholing")
@Menu(title = "training.menu.catalogue", order = 100, icon = "vaadin:academy-cap")
@PermitAll
public class CatalogueView extends PortalPage {

    final TextField search = new TextField();
    final ComboBox<String> kind = new ComboBox<>();
    final Checkbox openSeatsOnly = new Checkbox();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final Grid<CourseCard> grid = new Grid<>(CourseCard.class, false);
    final UnorderedList list = new UnorderedList();
    private final transient TrainingQueries training;

    public CatalogueView(TrainingQueries training, Clock clock) {
        super("training.catalogue.title");
        this.training = training;
        search.setLabel(getTranslation("training.catalogue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        kind.setLabel(getTranslation("training.catalogue.kind"));
        kind.setItems("all", "mandatory", "optional");
        kind.setItemLabelGenerator(k -> getTranslation("training.catalogue.kind." + k));
        kind.setValue("all");
        openSeatsOnly.setLabel(getTranslation("training.catalogue.open-seats-only"));
        month.setLabel(getTranslation("training.catalogue.month"));
        month.setItems(Stream.iterate(YearMonth.now(clock), m -> m.plusMonths(1))
                .limit(15)
                .toList());
        month.setItemLabelGenerator(TrainingUi::month);
        month.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        openSeatsOnly.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, kind, month, openSeatsOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        // the title is a real link: Tab and Enter open the course, as a click on the row does
        grid.addComponentColumn(CatalogueView::courseLink)
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        grid.addColumn(this::kindText)
                .setHeader(getTranslation("training.catalogue.kind"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.hours().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("training.course.hours"));
        grid.addColumn(this::nextSessionText).setHeader(getTranslation("training.catalogue.next-session"));
        grid.addColumn(CourseCard::openSeats).setHeader(getTranslation("training.catalogue.open-seats"));
        grid.setAriaLabel(getTranslation("training.catalogue.title"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(CourseView.class, CourseView.params(e.getItem().id()))));
        grid.addClassName("rp-wide-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addClassName("rp-narrow-list");
        list.getElement().setAttribute("aria-label", getTranslation("training.catalogue.title"));
        add(filters, grid, list);
        setSizeFull();
        refresh();
    }

    void refresh() {
        Boolean mandatory = switch (kind.getValue() == null ? "all" : kind.getValue()) {
            case "mandatory" -> true;
            case "optional" -> false;
            default -> null;
        };
        // the published plan is read whole anyway; the title search narrows what is shown
        String text = search.getValue().strip().toLowerCase(getLocale());
        List<CourseCard> cards =
                training.catalogue(new CatalogueFilter(mandatory, openSeatsOnly.getValue(), month.getValue())).stream()
                        .filter(c -> c.title().toLowerCase(getLocale()).contains(text))
                        .toList();
        grid.setItems(cards);
        list.removeAll();
        cards.forEach(c -> list.add(listItem(c)));
    }

    /** On a phone the table becomes this list: the same facts, one course under the other, nothing cut off. */
    private ListItem listItem(CourseCard c) {
        ListItem item = new ListItem();
        item.addClassName("rp-card");
        item.add(new H4(courseLink(c)));
        item.add(new Paragraph(kindText(c) + " · "
                + getTranslation(
                        "training.course.hours-text",
                        c.hours().stripTrailingZeros().toPlainString())));
        item.add(new Paragraph(getTranslation("training.catalogue.next-session") + ": " + nextSessionText(c) + " · "
                + getTranslation("training.catalogue.open-seats") + ": " + c.openSeats()));
        return item;
    }

    private static RouterLink courseLink(CourseCard c) {
        return new RouterLink(c.title(), CourseView.class, CourseView.params(c.id()));
    }

    private String kindText(CourseCard c) {
        return getTranslation(c.mandatory() ? "training.course.mandatory" : "training.course.optional")
                + (c.requiredForMe() ? " · " + getTranslation("training.course.required-for-me") : "");
    }

    private String nextSessionText(CourseCard c) {
        return c.nextSession() == null
                ? getTranslation("training.catalogue.no-sessions")
                : TrainingUi.dateTime(c.nextSession());
    }
}
