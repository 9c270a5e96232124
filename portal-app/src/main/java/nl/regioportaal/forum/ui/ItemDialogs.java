package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Consumer;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.ItemKind;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.html.RichText;

/** The chair's agenda-item tools on a meeting page: add, edit, remove, and one step up or down. */
class ItemDialogs {

    private final AgendaService agendas;
    private final Runnable afterChange;

    ItemDialogs(AgendaService agendas, Runnable afterChange) {
        this.agendas = agendas;
        this.afterChange = afterChange;
    }

    void add(long meetingId, SectionView section) {
        dialog(text("forum.item.add"), new ItemForm(), form -> agendas.addItem(meetingId, section.id(), form.draft()));
    }

    Component buttons(ItemView item, String title) {
        Button up = iconButton(VaadinIcon.ARROW_UP, "forum.item.up", title, () -> agendas.moveUp(item.id()));
        up.setId("up-" + item.id());
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "forum.item.down", title, () -> agendas.moveDown(item.id()));
        down.setId("down-" + item.id());
        Button edit = iconButton(
                VaadinIcon.EDIT,
                "forum.item.edit",
                title,
                () -> dialog(
                        text("forum.item.edit"),
                        ItemForm.of(item),
                        form -> agendas.editItem(item.id(), item.version(), form.draft())));
        edit.setId("edit-" + item.id());
        Button remove = iconButton(VaadinIcon.TRASH, "forum.item.remove", title, () -> agendas.removeItem(item.id()));
        remove.setId("remove-" + item.id());
        return new HorizontalLayout(up, down, edit, remove);
    }

    private Button iconButton(VaadinIcon icon, String key, String title, Runnable action) {
        Button b = new Button(icon.create(), e -> {
            try {
                action.run();
            } catch (ValidationFailedException ex) {
                FieldErrors.show(ex, Map.of());
            }
            afterChange.run();
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(text(key) + ": " + title);
        b.setTooltipText(text(key));
        return b;
    }

    private void dialog(String heading, ItemForm bean, Consumer<ItemForm> save) {
        Binder<ItemForm> binder = new Binder<>(ItemForm.class);
        FormDialog<ItemForm> d = new FormDialog<>(heading, binder, save, afterChange);
        TextField title = d.add("title", new TextField(text("forum.item.title")));
        title.setRequired(true);
        TextArea explanation = d.add("explanation", new TextArea(text("forum.item.explanation")));
        explanation.setHelperText(text("forum.privacy-help"));
        TextField presenter = d.add("presenter", new TextField(text("forum.item.presenter")));
        IntegerField minutes = d.add("durationMinutes", new IntegerField(text("forum.duration")));
        minutes.setSuffixComponent(new Span(text("forum.minutes-unit")));
        Select<ItemKind> kind = d.add("kind", new Select<>());
        kind.setLabel(text("forum.item.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> text("forum.kind." + k));
        Checkbox confidential = d.add("confidential", new Checkbox(text("forum.item.confidential")));
        binder.bind(title, f -> f.title, (f, v) -> f.title = v);
        binder.bind(explanation, f -> f.explanation, (f, v) -> f.explanation = v);
        binder.bind(presenter, f -> f.presenter, (f, v) -> f.presenter = v);
        binder.bind(minutes, f -> f.minutes, (f, v) -> f.minutes = v);
        binder.bind(kind, f -> f.kind, (f, v) -> f.kind = v);
        binder.bind(confidential, f -> f.confidential, (f, v) -> f.confidential = v);
        d.edit(bean);
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /**
     * The item form's bean. The explanation is edited as plain text and saved as paragraphs; left
     * as it was, it keeps its stored formatting.
     */
    static final class ItemForm {
        String title = "";
        String explanation = "";
        private String storedExplanation;
        private String shownExplanation = "";
        String presenter = "";
        Integer minutes = 15;
        ItemKind kind = ItemKind.DISCUSSION;
        boolean confidential;

        static ItemForm of(ItemView item) {
            ItemForm f = new ItemForm();
            f.title = item.title();
            f.storedExplanation = item.explanation();
            f.shownExplanation = item.explanation() == null ? "" : RichText.editableText(item.explanation());
            f.explanation = f.shownExplanation;
            f.presenter = item.presenter() == null ? "" : item.presenter();
            f.minutes = item.durationMinutes();
            f.kind = item.kind();
            f.confidential = item.confidential();
            return f;
        }

        ItemDraft draft() {
            String html =
                    explanation.equals(shownExplanation) ? storedExplanation : RichText.fromPlainText(explanation);
            return new ItemDraft(title, html, presenter, minutes == null ? -1 : minutes, kind, confidential);
        }
    }
}
