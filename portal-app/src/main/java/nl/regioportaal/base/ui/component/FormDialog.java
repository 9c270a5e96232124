package nl.regioportaal.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Edits one bean in a dialog: the binder checks the fields, the service has the last word. Service
 * errors appear next to their fields; a concurrent edit is explained and nothing is overwritten.
 * The bean is only written when every check passed, so a refused save leaves the data as it was.
 */
public class FormDialog<T> extends Dialog {

    private final Binder<T> binder;
    private final FormLayout form = new FormLayout();
    private final Map<String, Component> fieldsByProperty = new HashMap<>();
    private final Consumer<T> save;
    private final Runnable afterSave;
    private T bean;

    public FormDialog(String title, Binder<T> binder, Consumer<T> save, Runnable afterSave) {
        this.binder = binder;
        this.save = save;
        this.afterSave = afterSave;
        setHeaderTitle(title);
        setWidth("min(48rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);
        Button saveButton = new Button(getTranslation("form.save"), e -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("form-save");
        Button cancel = new Button(getTranslation("form.cancel"), e -> closeUnlessTyped());
        cancel.setId("form-cancel");
        // Escape and a click beside the dialog come here too: typed input is never dropped unasked
        addDialogCloseActionListener(e -> closeUnlessTyped());
        getFooter().add(cancel, saveButton);
    }

    /** Adds a field to the form; {@code property} names it for errors from the service. */
    public <C extends Component> C add(String property, C field) {
        if (field.getId().isEmpty()) {
            // a stable handle for keyboard and browser tests, and for a label's "for"
            field.setId("field-" + property);
        }
        form.add(field);
        fieldsByProperty.put(property, field);
        return field;
    }

    public void edit(T bean) {
        this.bean = bean;
        binder.readBean(bean);
        open();
    }

    void trySave() {
        try {
            binder.writeBean(bean);
        } catch (ValidationException e) {
            return; // the binder shows the messages next to the fields
        }
        try {
            save.accept(bean);
            close();
            Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterSave.run();
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, fieldsByProperty);
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            Notification n =
                    Notification.show(getTranslation("form.error.concurrent"), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            close();
            afterSave.run();
        }
    }

    /** Closes at once when nothing was typed; otherwise asks whether to throw the input away. */
    void closeUnlessTyped() {
        if (!binder.hasChanges()) {
            close();
            return;
        }
        ConfirmDialog ask = new ConfirmDialog(
                getTranslation("form.discard.title"),
                getTranslation("form.discard.text"),
                getTranslation("form.discard.confirm"),
                e -> close());
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("form.discard.keep"));
        ask.setConfirmButtonTheme("error primary");
        ask.setId("form-discard");
        ask.open();
    }

    public String fieldError(String property) {
        return fieldsByProperty.get(property) instanceof HasValidation v ? v.getErrorMessage() : null;
    }
}
