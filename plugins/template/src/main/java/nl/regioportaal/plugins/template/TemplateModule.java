package nl.regioportaal.plugins.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regioportaal.plugins.api.FormCheck;
import nl.regioportaal.plugins.api.MenuEntry;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.plugins.api.ScheduledTask;
import nl.regioportaal.plugins.api.StartWidget;
import nl.regioportaal.plugins.api.Text;
import org.pf4j.Extension;

/**
 * The smallest complete plugin: one view with a form that stores notes in the plugin's own table (checked
 * with {@link FormCheck}), a menu entry, a Start card, a declared permission, a daily task, demo data and
 * its share of a staff member's AVG export and erasure.
 * Copy this project to start a new plugin (see docs/plugins.md); its tests use the plugin test kit.
 */
@Extension
public class TemplateModule implements PortalModule {

    static final String PERMISSION_USE = "template.use";

    private PluginContext context;

    @Override
    public Text name() {
        return Text.of("Voorbeeldplugin", "Template plugin");
    }

    @Override
    public String icon() {
        return "vaadin:file-text-o";
    }

    @Override
    public void start(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(
                PERMISSION_USE,
                Text.of("Notities lezen en schrijven", "Read and write notes"),
                Set.of("PROFESSIONAL", "TEAM_LEADER", "MANAGER", "MUNICIPALITY_ADMIN", "ADMIN")));
    }

    @Override
    public List<PluginView> views() {
        return List.of(new PluginView("", name(), PERMISSION_USE, this::notesView));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("", name(), icon(), 600));
    }

    @Override
    public List<StartWidget> widgets() {
        return List.of(new StartWidget(
                name(),
                600,
                PERMISSION_USE,
                () -> Optional.of(new Paragraph(context.translate("template.widget", notes().size())))));
    }

    @Override
    public List<ScheduledTask> tasks() {
        // every night at 02:00: nothing to do but show how a task is declared
        return List.of(new ScheduledTask("nightly", "0 0 2 * * ?", () -> notes().size()));
    }

    @Override
    public void createDemoData() {
        if (notes().isEmpty()) {
            store(context.translate("template.demo-note"), 0);
        }
    }

    /** The notes the person wrote, for their AVG export (API 1.4.0). */
    @Override
    public Map<String, Object> exportPersonalData(long personId) {
        var db = context.database();
        List<Map<String, Object>> notes = db.query(
                "SELECT text, created_at FROM " + db.table("note") + " WHERE author_id = ? ORDER BY id",
                row -> Map.of(
                        "text",
                        row.getString("text"),
                        "createdAt",
                        row.getTimestamp("created_at").toLocalDateTime().toInstant(ZoneOffset.UTC)
                                .toString()),
                personId);
        return notes.isEmpty() ? Map.of() : Map.of("notes", notes);
    }

    /** A note is its author's own free text: it goes with the person (API 1.4.0); deleting twice is harmless. */
    @Override
    public void erasePersonalData(long personId) {
        var db = context.database();
        db.update("DELETE FROM " + db.table("note") + " WHERE author_id = ?", personId);
    }

    List<String> notes() {
        var db = context.database();
        return db.query("SELECT text FROM " + db.table("note") + " ORDER BY id", row -> row.getString("text"));
    }

    /**
     * Saves a note of the current user, after checking it.
     *
     * @return the problems per field (in the user's language); empty when the note was saved
     */
    Map<String, String> addNote(String input) {
        context.requirePermission(PERMISSION_USE);
        FormCheck check = FormCheck.in(context.locale());
        String text = check.required("note", input, 200);
        if (check.ok()) {
            store(text, context.currentUser().personId());
        }
        return check.errors();
    }

    private void store(String text, long authorId) {
        var db = context.database();
        db.insert(
                "INSERT INTO " + db.table("note") + " (text, author_id, created_at) VALUES (?, ?, ?)",
                text,
                authorId,
                // an instant goes into a TIMESTAMP column as its UTC wall time (docs/architecture.md, "Time")
                LocalDateTime.ofInstant(context.clock().instant(), ZoneOffset.UTC));
    }

    private VerticalLayout notesView() {
        VerticalLayout layout = new VerticalLayout();
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        Runnable refresh = () -> {
            list.removeAll();
            notes().forEach(n -> list.add(new Paragraph(n)));
        };
        TextField note = new TextField(context.translate("template.note"));
        note.setMaxLength(200);
        Button add = new Button(context.translate("template.add"), e -> {
            String problem = addNote(note.getValue()).get("note");
            // the message stands next to the field; nothing was saved
            note.setErrorMessage(problem);
            note.setInvalid(problem != null);
            if (problem == null) {
                note.clear();
                refresh.run();
            }
        });
        add.setId("template-add");
        refresh.run();
        layout.add(new Paragraph(context.translate("template.intro")), note, add, list);
        return layout;
    }
}
