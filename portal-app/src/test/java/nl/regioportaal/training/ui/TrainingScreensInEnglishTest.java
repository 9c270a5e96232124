package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.CourseForm;
import nl.regioportaal.training.TrainingModel.CourseCard;
import nl.regioportaal.training.TrainingModel.SessionRow;
import nl.regioportaal.training.TrainingPlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An English user sees no Dutch word on the training screens, dialogs included: every text, label,
 * aria label, grid header and cell and drop-down item is read and checked against a small list of
 * Dutch words. What users typed (course titles, places, people's and teams' names) is data, not
 * screen text: it is taken out first.
 */
class TrainingScreensInEnglishTest extends KaribuTest {

    /** Words that only Dutch uses (no English homographs such as "plan", "team", "start" or "april"). */
    private static final Set<String> DUTCH = Set.of(
            "aanbieder",
            "aanwezig",
            "aanwezigheid",
            "afdrukken",
            "afgemeld",
            "afgerond",
            "afmelden",
            "alle",
            "annuleren",
            "augustus",
            "beheer",
            "bewaren",
            "bij",
            "concept",
            "cursus",
            "cursussen",
            "dagdeel",
            "dagdelen",
            "datum",
            "deelnemers",
            "dinsdag",
            "donderdag",
            "een",
            "februari",
            "geen",
            "geldig",
            "gemeente",
            "gemeenten",
            "gepubliceerd",
            "het",
            "ingeschreven",
            "inschrijven",
            "januari",
            "jaar",
            "je",
            "juli",
            "juni",
            "maand",
            "maandag",
            "maart",
            "meldingen",
            "mei",
            "mijn",
            "naam",
            "naar",
            "niet",
            "nieuwe",
            "nog",
            "oktober",
            "opslaan",
            "overzicht",
            "plaats",
            "plaatsen",
            "publiceren",
            "scholing",
            "scholingsplan",
            "sessie",
            "sessies",
            "sluiten",
            "soort",
            "te",
            "terug",
            "tot",
            "uur",
            "van",
            "verlopen",
            "verplicht",
            "facultatief",
            "vrije",
            "vrijdag",
            "wachtlijst",
            "wijzigen",
            "woensdag",
            "zaterdag",
            "zondag",
            "zoeken");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Autowired
    TrainingPlanService plans;

    @Autowired
    AttendanceService attendance;

    @Autowired
    RegionDirectory directory;

    @Autowired
    AgendaQueries agendaQueries;

    @Test
    void professionalSeesCatalogueCourseAndMyTrainingInEnglish() {
        englishLogin("wijkcoach.baarn");
        Set<String> seen = new LinkedHashSet<>();
        navigate(StartView.class);
        seen.addAll(screenTexts());
        CatalogueView catalogue = navigate(CatalogueView.class);
        seen.addAll(screenTexts());
        CourseCard first = GridKt._fetch(catalogue.grid, 0, 100).stream()
                .filter(c -> c.nextSession() != null)
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate(CourseView.class, CourseView.params(first.id()));
        seen.addAll(screenTexts());
        navigate(MyTrainingView.class);
        seen.addAll(screenTexts());
        assertEnglish(seen);
    }

    @Test
    void trainerSeesSessionsAndAttendanceListInEnglish() {
        englishLogin("trainer");
        SessionsView view = navigate(SessionsView.class);
        Set<String> seen = new LinkedHashSet<>(screenTexts());
        SessionRow first = GridKt._fetch(view.sessions, 0, 100).getFirst();
        view.open(first.id());
        seen.addAll(screenTexts());
        assertEnglish(seen);
    }

    @Test
    void processSupervisorSeesPlanSessionsAndOverviewWithTheirDialogsInEnglish() {
        englishLogin("procesbegeleider");
        Set<String> seen = new LinkedHashSet<>();
        navigate(StartView.class);
        seen.addAll(screenTexts());
        PlanView plan = navigate(PlanView.class);
        _get(Button.class, spec -> spec.withId("new-course")).click();
        seen.addAll(screenTexts());
        plan.dialog.close();
        SessionsView sessions = navigate(SessionsView.class);
        _get(Button.class, spec -> spec.withId("new-session")).click();
        seen.addAll(screenTexts());
        sessions.dialog.close();
        navigate(ComplianceView.class);
        seen.addAll(screenTexts());
        assertEnglish(seen);
    }

    @Test
    void providerRepresentativeSeesTheCatalogueInEnglish() {
        englishLogin("aanbieder");
        navigate(StartView.class);
        Set<String> seen = new LinkedHashSet<>(screenTexts());
        navigate(CatalogueView.class);
        seen.addAll(screenTexts());
        assertEnglish(seen);
    }

    private void englishLogin(String account) {
        login(account);
        UI.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
    }

    private void assertEnglish(Set<String> texts) {
        List<String> data = dataTexts();
        Set<String> dutch = new TreeSet<>();
        for (String text : texts) {
            assertThat(text)
                    .as("an untranslated key")
                    .doesNotContain("!training.")
                    .doesNotContain("!shell.");
            String rest = text;
            for (String value : data) {
                rest = rest.replace(value, " ");
            }
            Matcher m = WORD.matcher(rest);
            while (m.find()) {
                String word = m.group().toLowerCase();
                if (DUTCH.contains(word)) {
                    dutch.add(word + " in «" + text + "»");
                }
            }
        }
        assertThat(texts).as("texts read").hasSizeGreaterThan(10);
        assertThat(dutch).as("Dutch words on an English screen").isEmpty();
    }

    /** What users and the demo typed, longest first (so a title goes before a shorter name within it). */
    private List<String> dataTexts() {
        login("procesbegeleider");
        List<String> data = new ArrayList<>();
        data.add("Regioportaal");
        plans.plans().forEach(p -> data.add(p.title()));
        plans.allCourses().forEach(c -> {
            CourseForm f = plans.getCourse(c.id());
            data.add(f.getTitle());
            data.add(f.getDescription());
            data.add(f.getProvider());
        });
        attendance.manageableSessions().forEach(s -> {
            data.add(s.place());
            data.add(s.courseTitle());
        });
        directory.municipalities().forEach(m -> data.add(m.name()));
        // the development agenda's Start card lists initiative titles
        agendaQueries.initiatives().forEach(i -> data.add(i.title()));
        for (TeamRef team : directory.teams()) {
            data.add(team.name());
            directory.activeMembersOf(team.id()).stream()
                    .map(PersonSummary::displayName)
                    .forEach(data::add);
        }
        return data.stream()
                .filter(s -> s != null && !s.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** Every text the UI shows or reads aloud now, dialogs included. */
    private static Set<String> screenTexts() {
        Set<String> texts = new LinkedHashSet<>();
        collect(UI.getCurrent().getElement(), texts, Collections.newSetFromMap(new IdentityHashMap<>()));
        return texts;
    }

    private static void collect(Element element, Set<String> texts, Set<Element> visited) {
        if (!visited.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            add(texts, element.getText());
            return;
        }
        for (String name : List.of("label", "placeholder", "helperText", "errorMessage", "text", "headerTitle")) {
            add(texts, element.getProperty(name));
        }
        for (String name : List.of("aria-label", "title", "label")) {
            add(texts, element.getAttribute(name));
        }
        element.getComponent().ifPresent(c -> collectItems(c, texts));
        element.getChildren().forEach(child -> collect(child, texts, visited));
        // a dialog's header and footer hang on it as virtual children: reached through its components
        element.getComponent().stream()
                .flatMap(Component::getChildren)
                .map(Component::getElement)
                .forEach(child -> collect(child, texts, visited));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void collectItems(Component component, Set<String> texts) {
        if (component instanceof Grid grid) {
            for (Object column : grid.getColumns()) {
                add(texts, ((Grid.Column<?>) column).getHeaderText());
            }
            for (Object item : GridKt._fetch(grid, 0, 30)) {
                // a component cell comes as its description: its link target is no text
                GridKt._getFormattedRow(grid, item)
                        .forEach(cell -> add(texts, ((String) cell).replaceAll("href='[^']*'", "")));
            }
        } else if (component instanceof ComboBox box && box.getDataProvider() instanceof ListDataProvider) {
            box.getListDataView()
                    .getItems()
                    .limit(30)
                    .forEach(item ->
                            add(texts, (String) box.getItemLabelGenerator().apply(item)));
        }
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
