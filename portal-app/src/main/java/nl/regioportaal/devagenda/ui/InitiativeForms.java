package nl.regioportaal.devagenda.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDetail;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDraft;
import nl.regioportaal.devagenda.AgendaModel.ThemeView;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.devagenda.InitiativeService;
import nl.regioportaal.devagenda.InitiativeStatus;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.html.RichText;

/** The initiative form, for a new initiative and for changing one (with its version, so a concurrent edit is caught). */
final class InitiativeForms {

    private final InitiativeService agenda;
    private final AgendaQueries queries;
    private final List<MunicipalityRef> municipalities;
    private final List<ProviderRef> providers;
    private final Runnable afterSave;

    InitiativeForms(InitiativeService agenda, AgendaQueries queries, RegionDirectory directory, Runnable afterSave) {
        this.agenda = agenda;
        this.queries = queries;
        this.municipalities = directory.municipalities();
        this.providers = directory.providers();
        this.afterSave = afterSave;
    }

    FormDialog<Form> create() {
        FormDialog<Form> d = dialog("devagenda.initiative.new");
        d.edit(new Form());
        return d;
    }

    FormDialog<Form> edit(InitiativeDetail i) {
        Form f = new Form();
        f.id = i.row().id();
        f.version = i.version();
        f.theme = queries.themes().stream()
                .filter(t -> t.id() == i.row().themeId())
                .findFirst()
                .orElse(null);
        f.title = i.row().title();
        // the form offers plain text: paragraphs become lines
        f.description = i.description() == null ? "" : RichText.editableText(i.description());
        f.owner = find(municipalities, MunicipalityRef::id, i.ownerMunicipalityId());
        f.coOwner = find(providers, ProviderRef::id, i.coOwnerProviderId());
        f.providers = providers.stream()
                .filter(p -> i.participatingProviderIds().contains(p.id()))
                .collect(Collectors.toSet());
        f.municipalities = municipalities.stream()
                .filter(m -> i.participatingMunicipalityIds().contains(m.id()))
                .collect(Collectors.toSet());
        f.status = i.row().status();
        f.percentage = i.row().percentage();
        f.weight = i.row().weight();
        f.start = i.row().start();
        f.end = i.row().end();
        f.links = String.join("\n", i.links());
        f.internalNotes = i.internalNotes() == null ? "" : i.internalNotes();
        FormDialog<Form> d = dialog("devagenda.initiative.edit");
        d.edit(f);
        return d;
    }

    private FormDialog<Form> dialog(String titleKey) {
        Binder<Form> binder = new Binder<>(Form.class);
        FormDialog<Form> d = new FormDialog<>(null, binder, this::save, afterSave);
        d.setHeaderTitle(d.getTranslation(titleKey));
        ComboBox<ThemeView> theme = d.add("theme", new ComboBox<>(d.getTranslation("devagenda.theme")));
        theme.setItems(queries.themes());
        theme.setItemLabelGenerator(ThemeView::title);
        theme.setRequired(true);
        TextField title = d.add("title", new TextField(d.getTranslation("devagenda.title-field")));
        title.setRequired(true);
        TextArea description = d.add("description", new TextArea(d.getTranslation("devagenda.description")));
        description.setHelperText(d.getTranslation("devagenda.privacy-help"));
        ComboBox<MunicipalityRef> owner = d.add("owner", new ComboBox<>(d.getTranslation("devagenda.owner")));
        owner.setItems(municipalities);
        owner.setItemLabelGenerator(MunicipalityRef::name);
        owner.setRequired(true);
        ComboBox<ProviderRef> coOwner = d.add("coOwner", new ComboBox<>(d.getTranslation("devagenda.co-owner")));
        coOwner.setItems(providers);
        coOwner.setItemLabelGenerator(ProviderRef::name);
        coOwner.setClearButtonVisible(true);
        MultiSelectComboBox<ProviderRef> participatingProviders =
                d.add("providers", new MultiSelectComboBox<>(d.getTranslation("devagenda.participating-providers")));
        participatingProviders.setItems(providers);
        participatingProviders.setItemLabelGenerator(ProviderRef::name);
        MultiSelectComboBox<MunicipalityRef> participatingMunicipalities = d.add(
                "municipalities",
                new MultiSelectComboBox<>(d.getTranslation("devagenda.participating-municipalities")));
        participatingMunicipalities.setItems(municipalities);
        participatingMunicipalities.setItemLabelGenerator(MunicipalityRef::name);
        ComboBox<InitiativeStatus> status = d.add("status", new ComboBox<>(d.getTranslation("devagenda.status")));
        status.setItems(InitiativeStatus.values());
        status.setItemLabelGenerator(s -> d.getTranslation("devagenda.status." + s));
        status.setRequired(true);
        IntegerField percentage = d.add("percentage", new IntegerField(d.getTranslation("devagenda.percentage")));
        percentage.setMin(0);
        percentage.setMax(100);
        IntegerField weight = d.add("weight", new IntegerField(d.getTranslation("devagenda.weight")));
        weight.setHelperText(d.getTranslation("devagenda.weight.help"));
        DateField start = d.add("start", new DateField(d.getTranslation("devagenda.start")));
        DateField end = d.add("end", new DateField(d.getTranslation("devagenda.end")));
        TextArea links = d.add("links", new TextArea(d.getTranslation("devagenda.links")));
        links.setHelperText(d.getTranslation("devagenda.links.help"));
        TextArea notes = d.add("internalNotes", new TextArea(d.getTranslation("devagenda.internal-notes")));
        notes.setHelperText(d.getTranslation("devagenda.internal-notes.help"));
        binder.bind(theme, f -> f.theme, (f, v) -> f.theme = v);
        binder.bind(title, f -> f.title, (f, v) -> f.title = v);
        binder.bind(description, f -> f.description, (f, v) -> f.description = v);
        binder.bind(owner, f -> f.owner, (f, v) -> f.owner = v);
        binder.bind(coOwner, f -> f.coOwner, (f, v) -> f.coOwner = v);
        binder.bind(participatingProviders, f -> f.providers, (f, v) -> f.providers = v);
        binder.bind(participatingMunicipalities, f -> f.municipalities, (f, v) -> f.municipalities = v);
        binder.bind(status, f -> f.status, (f, v) -> f.status = v);
        binder.bind(percentage, f -> f.percentage, (f, v) -> f.percentage = v);
        binder.bind(weight, f -> f.weight, (f, v) -> f.weight = v);
        binder.bind(start, f -> f.start, (f, v) -> f.start = v);
        binder.bind(end, f -> f.end, (f, v) -> f.end = v);
        binder.bind(links, f -> f.links, (f, v) -> f.links = v);
        binder.bind(notes, f -> f.internalNotes, (f, v) -> f.internalNotes = v);
        return d;
    }

    private void save(Form f) {
        InitiativeDraft draft = f.draft();
        if (f.id == null) {
            agenda.createInitiative(draft);
        } else {
            agenda.updateInitiative(f.id, f.version, draft);
        }
    }

    private static <T> T find(List<T> list, Function<T, Long> id, Long wanted) {
        return list.stream()
                .filter(t -> Objects.equals(id.apply(t), wanted))
                .findFirst()
                .orElse(null);
    }

    /** The initiative form's bean; the plain-text description is kept as one paragraph per line. */
    static final class Form {
        Long id;
        long version;
        ThemeView theme;
        String title = "";
        String description = "";
        MunicipalityRef owner;
        ProviderRef coOwner;
        Set<ProviderRef> providers = new HashSet<>();
        Set<MunicipalityRef> municipalities = new HashSet<>();
        InitiativeStatus status = InitiativeStatus.IDEA;
        Integer percentage = 0;
        Integer weight = 1;
        LocalDate start;
        LocalDate end;
        String links = "";
        String internalNotes = "";

        InitiativeDraft draft() {
            String html = RichText.fromPlainText(description);
            return new InitiativeDraft(
                    theme == null ? null : theme.id(),
                    title,
                    html,
                    owner == null ? null : owner.id(),
                    coOwner == null ? null : coOwner.id(),
                    providers.stream().map(ProviderRef::id).collect(Collectors.toSet()),
                    municipalities.stream().map(MunicipalityRef::id).collect(Collectors.toSet()),
                    status,
                    percentage,
                    weight,
                    start,
                    end,
                    links,
                    internalNotes);
        }
    }
}
