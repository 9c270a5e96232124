package nl.regioportaal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioportaal.audit.AuditEntry;
import nl.regioportaal.audit.AuditFilter;
import nl.regioportaal.audit.AuditTrail;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;
import org.springframework.data.domain.PageRequest;

/**
 * "Audittrail": who changed what and when, searchable by person (who acted, or whose record it
 * is), kind of object and its number, and period; each row shows every field that changed with
 * its old and new value. Newest first, loaded page by page.
 */
@Route("beheer/audit")
@Menu(title = "menu.audit", order = 980, icon = "vaadin:archive")
@RolesAllowed(Role.Names.ADMIN)
public class AuditView extends PortalPage {

    /**
     * Where the screens keep the words for a field's coded values (per type and field): a role shows as
     * "Teamleider", not TEAM_LEADER. A value without a text there stays as it is.
     */
    private static final Map<String, String> VALUE_TEXTS = Map.of(
            "Person.roles", "role.",
            "Course.audienceRoles", "role.",
            "Team.kind", "team.kind.",
            "Course.audienceTeamKinds", "team.kind.",
            "Team.caseloadScope", "team.scope.",
            "Enrolment.status", "training.enrolment.");

    final ComboBox<PersonForm> person = new ComboBox<>();
    final ComboBox<String> objectType = new ComboBox<>();
    final IntegerField objectId = new IntegerField();
    final DateField from;
    final DateField to;
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final transient AuditTrail trail;

    public AuditView(AuditTrail trail, RegionService region) {
        super("audit.title");
        this.trail = trail;
        person.setLabel(getTranslation("audit.filter.person"));
        person.setHelperText(getTranslation("audit.filter.person-help"));
        person.setItemLabelGenerator(PersonForm::getDisplayName);
        person.setItems(query -> region
                .findPeople(
                        query.getFilter().orElse(""), null, null, PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        person.setClearButtonVisible(true);
        objectType.setLabel(getTranslation("audit.filter.type"));
        objectType.setItems(trail.objectTypes());
        objectType.setItemLabelGenerator(this::typeName);
        objectType.setClearButtonVisible(true);
        objectId.setLabel(getTranslation("audit.filter.id"));
        objectId.setMin(1);
        objectId.setClearButtonVisible(true);
        from = new DateField(getTranslation("audit.filter.from"));
        to = new DateField(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Button search = new Button(getTranslation("audit.search"), e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(person, objectType, objectId, from, to, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        person.addValueChangeListener(e -> refresh());
        objectType.addValueChangeListener(e -> refresh());
        objectId.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> PortalFormats.dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        // the object and its changes wrap: the changes column keeps most of the width for "field: old → new"
        grid.addColumn(e -> typeName(e.objectType()) + " " + e.objectLabel() + " (#" + e.objectId() + ")")
                .setHeader(getTranslation("audit.column.object"))
                .setWidth("14rem")
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.kind." + e.kind().name()))
                .setHeader(getTranslation("audit.column.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::changes)
                .setHeader(getTranslation("audit.column.changes"))
                .setFlexGrow(1)
                .setWidth("24rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setHeight("36rem");
        add(filters, grid);
        refresh();
    }

    AuditFilter filter() {
        return new AuditFilter(
                person.getValue() == null ? null : person.getValue().getId(),
                objectType.getValue(),
                objectId.getValue() == null ? null : objectId.getValue().longValue(),
                from.getValue(),
                to.getValue());
    }

    void refresh() {
        AuditFilter filter = filter();
        grid.setItems(
                query -> trail.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> trail.count(filter));
    }

    /** Each changed field on a line of its own: "Teams: Sociaal team Baarn → Jeugdteam Soest". */
    Div changes(AuditEntry entry) {
        Div lines = new Div();
        for (AuditEntry.FieldChange change : entry.changes()) {
            String valueTexts = VALUE_TEXTS.get(entry.objectType() + "." + change.field());
            lines.add(new Div(
                    new Span(fieldName(change.field()) + ": "),
                    new Span(text(change.before(), valueTexts) + " → " + text(change.after(), valueTexts))));
        }
        return lines;
    }

    /** A value as the screens say it: yes or no, coded values in words, "-" for none. */
    private String text(String value, String valueTexts) {
        if (value.isEmpty()) {
            return PortalFormats.NONE;
        }
        if (value.equals("true") || value.equals("false")) {
            return getTranslation("audit.value." + value);
        }
        if (valueTexts == null) {
            return value;
        }
        return Arrays.stream(value.split(", "))
                .map(code -> translatedOr(valueTexts + code, code))
                .collect(Collectors.joining(", "));
    }

    private String typeName(String type) {
        return translatedOr("audit.type." + type, type);
    }

    private String fieldName(String field) {
        return translatedOr("audit.field." + field, field);
    }

    /** Types and fields come from the entities; a new one shows its code name until it gets a text. */
    private String translatedOr(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }
}
