package nl.regioportaal.base.ui.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import nl.regioportaal.shared.privacy.PrivacyGuard.Finding;

/**
 * The privacy guard on a free-text field, while the user types: half a second after the last
 * keystroke the text is checked and the reasons appear at the field. A BSN makes the field
 * invalid and {@link #maySave()} false until it is removed; warnings (a name, a phone number…)
 * show as helper text and may be overridden by filling in a reason, which the caller stores.
 *
 * <pre>{@code
 * TextArea notes = new TextArea("Verslag");
 * PrivacyFeedback privacy = new PrivacyFeedback(notes, guard);
 * form.add(notes, privacy);
 * save.addClickListener(e -> { if (privacy.maySave()) service.save(notes.getValue(), privacy.overrideReason()); });
 * }</pre>
 * The service checks again on save ({@link PrivacyGuard#maySave}): the screen is a help, not the guard.
 */
public class PrivacyFeedback extends Div {

    public static final int DEBOUNCE_MILLIS = 500;

    private final TextFieldBase<?, String> field;
    private final PrivacyGuard guard;
    private final String ownHelperText;
    private final TextField reason = new TextField();
    private List<Finding> findings = List.of();

    public <F extends TextFieldBase<F, String>> PrivacyFeedback(F field, PrivacyGuard guard) {
        this.field = field;
        this.guard = guard;
        this.ownHelperText = field.getHelperText();
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(DEBOUNCE_MILLIS);
        field.addValueChangeListener(e -> check());
        reason.setLabel(t("shared.privacy.override"));
        reason.setHelperText(t("shared.privacy.override.help"));
        reason.setWidthFull();
        reason.setVisible(false);
        add(reason);
        check();
    }

    /** Runs the guard on the field's current value and shows the outcome. */
    public void check() {
        findings = guard.check(field.getValue());
        Locale locale = locale();
        String blocks = reasons(findings.stream().filter(Finding::blocks).toList(), locale);
        String warnings = reasons(findings.stream().filter(f -> !f.blocks()).toList(), locale);
        if (blocks.isEmpty()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        } else {
            field.setErrorMessage(blocks + " " + t("shared.privacy.blocked"));
            field.setInvalid(true);
        }
        field.setHelperText(warnings.isEmpty() ? ownHelperText : warnings);
        reason.setVisible(blocks.isEmpty() && !warnings.isEmpty());
    }

    /** No BSN, and every warning either gone or overridden with a reason. */
    public boolean maySave() {
        boolean blocked = findings.stream().anyMatch(Finding::blocks);
        boolean warned = findings.stream().anyMatch(f -> !f.blocks());
        return !blocked && (!warned || !reason.getValue().isBlank());
    }

    /** Why the writer kept a warned-about fragment (to store with the text), if warnings stand. */
    public Optional<String> overrideReason() {
        return findings.isEmpty() || reason.getValue().isBlank()
                ? Optional.empty()
                : Optional.of(reason.getValue().strip());
    }

    public List<Finding> findings() {
        return findings;
    }

    TextField reasonField() {
        return reason;
    }

    private static String reasons(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> f.reason(locale)).collect(Collectors.joining(" "));
    }

    private static String t(String key) {
        return PortalI18NProvider.translate(key, locale());
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
    }
}
