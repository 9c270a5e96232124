package nl.regioportaal.training.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

    final ComboBox<String> kind = new ComboBox<>();
    final Checkbox openSeatsOnly = new Checkbox();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final Grid<CourseCard> grid = new Grid<>(CourseCard.class, false);
    private final transient TrainingQueries training;

    public CatalogueView(TrainingQueries training, Clock clock) {
        super("training.catalogue.title");
        this.training = training;
        kind.setLabel(getTranslation("training.catalogue.kind"));
        kind.setItems("all", "mandatory", "optional");
        kind.setItemLabelGenerator(k -> getTranslation("training.catalogue.kind." + k));
        kind.setValue("all");
        openSeatsOnly.setLabel(getTranslation("training.catalogue.open-seats-only"));
        month.setLabel(getTranslation("training.catalogue.month"));
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.of("nl"));
        month.setItems(Stream.iterate(YearMonth.now(clock), m -> m.plusMonths(1))
                .limit(15)
                .toList());
        month.setItemLabelGenerator(monthFormat::format);
        month.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        openSeatsOnly.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(kind, month, openSeatsOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(CourseCard::title)
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation(c.mandatory() ? "training.course.mandatory" : "training.course.optional")
                        + (c.requiredForMe() ? " · " + getTranslation("training.course.required-for-me") : ""))
                .setHeader(getTranslation("training.catalogue.kind"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.hours().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("training.course.hours"));
        grid.addColumn(c -> c.nextSession() == null
                        ? getTranslation("training.catalogue.no-sessions")
                        : TrainingUi.dateTime(c.nextSession()))
                .setHeader(getTranslation("training.catalogue.next-session"));
        grid.addColumn(CourseCard::openSeats).setHeader(getTranslation("training.catalogue.open-seats"));
        grid.setAriaLabel(getTranslation("training.catalogue.title"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(CourseView.class, CourseView.params(e.getItem().id()))));
        add(filters, grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        Boolean mandatory = switch (kind.getValue() == null ? "all" : kind.getValue()) {
            case "mandatory" -> true;
            case "optional" -> false;
            default -> null;
        };
        List<CourseCard> cards =
                training.catalogue(new CatalogueFilter(mandatory, openSeatsOnly.getValue(), month.getValue()));
        grid.setItems(cards);
    }
}
