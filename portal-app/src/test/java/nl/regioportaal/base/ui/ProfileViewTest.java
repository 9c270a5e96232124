package nl.regioportaal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.regioportaal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void showsRolesInDutch() {
        login("teamleider.soest");
        navigate(ProfileView.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Rollen: Teamleider");
    }

    @Test
    void wrongCurrentPasswordAndShortNewPasswordAreRefusedNextToTheFields() {
        login("trainer");
        navigate(ProfileView.class);
        PasswordField old = _get(PasswordField.class, s -> s.withLabel("Huidig wachtwoord"));
        PasswordField fresh = _get(PasswordField.class, s -> s.withLabel("Nieuw wachtwoord"));
        type(old, "fout");
        type(fresh, "nieuwwachtwoord");
        _click(_get(Button.class, s -> s.withText("Wachtwoord wijzigen")));
        assertThat(old.getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet.");

        type(old, "demo");
        type(fresh, "kort");
        _click(_get(Button.class, s -> s.withText("Wachtwoord wijzigen")));
        assertThat(fresh.getErrorMessage()).isEqualTo("Het nieuwe wachtwoord is te kort.");
        String hash = jdbc.queryForObject("select password_hash from account where username = 'trainer'", String.class);
        assertThat(passwordEncoder.matches("demo", hash)).isTrue();
    }
}
