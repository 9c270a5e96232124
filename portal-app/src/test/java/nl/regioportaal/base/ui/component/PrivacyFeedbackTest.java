package nl.regioportaal.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A browserless UI test of the field helper alone (no portal context needed). */
class PrivacyFeedbackTest {

    private TextArea notes;
    private PrivacyFeedback privacy;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.of("nl"));
        notes = new TextArea("Verslag");
        notes.setHelperText("Schrijf over het werk, niet over cliënten.");
        privacy = new PrivacyFeedback(notes, new PrivacyGuard());
        UI.getCurrent().add(notes, privacy);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theFieldIsCheckedHalfASecondAfterTyping() {
        assertThat(notes.getValueChangeMode()).isEqualTo(ValueChangeMode.TIMEOUT);
        assertThat(notes.getValueChangeTimeout()).isEqualTo(500);
        assertThat(privacy.maySave()).isTrue();
    }

    @Test
    void aBsnMakesTheFieldInvalidWithTheDutchReasonAndBlocksSaving() {
        notes.setValue("cliënt met BSN 111222333");
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).contains("\"111222333\"", "burgerservicenummer", "Opslaan kan pas");
        assertThat(privacy.reasonField().isVisible())
                .as("a BSN cannot be overridden")
                .isFalse();
        assertThat(privacy.maySave()).isFalse();

        notes.setValue("cliënt met BSN (weggehaald)");
        assertThat(notes.isInvalid()).isFalse();
        assertThat(privacy.maySave()).isTrue();
    }

    @Test
    void aWarningShowsAsHelperTextAndMayBeOverriddenWithAReason() {
        notes.setValue("Gesprek met mevrouw Jansen over de aanpak.");
        assertThat(notes.isInvalid()).isFalse();
        assertThat(notes.getHelperText()).contains("\"mevrouw Jansen\"");
        assertThat(privacy.reasonField().isVisible()).isTrue();
        assertThat(privacy.maySave()).isFalse();

        privacy.reasonField().setValue("Naam nodig voor de overdracht");
        assertThat(privacy.maySave()).isTrue();
        assertThat(privacy.overrideReason()).contains("Naam nodig voor de overdracht");

        notes.setValue("Gesprek met de cliënt over de aanpak.");
        assertThat(notes.getHelperText()).isEqualTo("Schrijf over het werk, niet over cliënten.");
        assertThat(privacy.reasonField().isVisible()).isFalse();
        assertThat(privacy.overrideReason()).isEmpty();
    }

    @Test
    void theReasonsAreInEnglishForAnEnglishUser() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        notes.setValue("BSN 111 222 333, tel. 06-12345678");
        assertThat(notes.getErrorMessage()).contains("citizen service number").doesNotContain("burgerservicenummer");
        assertThat(notes.getHelperText()).contains("phone number");
    }
}
