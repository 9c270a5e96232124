package nl.regioportaal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.regioportaal.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void dutchLoginFormForAnonymousVisitors() {
        LoginView view = navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(i18nOf(form))
                .contains("\"username\":\"Gebruikersnaam\"", "\"password\":\"Wachtwoord\"", "\"submit\":\"Inloggen\"");
        assertThat(form.isError()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("Inloggen · Regioportaal");
    }

    @Test
    void failedLoginShowsTheDutchErrorWithoutSayingWhichPartWasWrong() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form))
                .contains(
                        "Controleer je gebruikersnaam en wachtwoord. Na te veel mislukte pogingen wacht je enkele minuten.");
    }

    @Test
    void theMunicipalityAccountButtonLeadsToTheConfiguredIdentityProvider() {
        navigate(LoginView.class);
        Anchor button = _get(Anchor.class, spec -> spec.withId("sso-gemeente"));
        assertThat(button.getText()).isEqualTo("Inloggen met je gemeente-account");
        assertThat(button.getHref()).isEqualTo("oauth2/authorization/gemeente");
        assertThat(_find(Paragraph.class, spec -> spec.withId("sso-message")))
                .as("no refusal to explain")
                .isEmpty();
    }

    @Test
    void aRefusedSingleSignOnIsExplainedInDutch() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("sso", "unknown")));
        Paragraph message = _get(Paragraph.class, spec -> spec.withId("sso-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("het portaal kent geen actieve medewerker met dit e-mailadres");
    }

    @Test
    void anUnverifiedAddressIsExplainedInDutch() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("sso", "unverified")));
        Paragraph message = _get(Paragraph.class, spec -> spec.withId("sso-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("e-mailadres dat je gemeente niet heeft bevestigd");
    }

    /** The texts the login form shows, as sent to the browser. */
    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
