package nl.regioportaal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.Map;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalI18NProvider;

/** Shows a service's validation errors next to the fields they concern, in the UI's language. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(ValidationFailedException e, Map<String, ? extends Component> fields) {
        StringBuilder unplaced = new StringBuilder();
        e.fieldErrors().forEach((field, key) -> {
            String text = translate(key);
            Component component = fields.get(field);
            if (component instanceof HasValidation v) {
                v.setErrorMessage(text);
                v.setInvalid(true);
            } else {
                unplaced.append(text).append(' ');
            }
        });
        if (!unplaced.isEmpty()) {
            Notification.show(unplaced.toString().trim(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Keys from services, or Bean Validation templates such as {@code {rp.required}}. */
    public static String translate(String key) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
        if (key.startsWith("{") && key.endsWith("}")) {
            return PortalI18NProvider.translateValidation(key.substring(1, key.length() - 1), locale);
        }
        return PortalI18NProvider.translate(key, locale);
    }
}
