package nl.regioportaal.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each problem is one message per field, in Dutch or English; good input comes back cleaned. */
class FormCheckTest {

    @Test
    void goodInputComesBackCleaned() {
        FormCheck check = FormCheck.in(Locale.of("nl"));

        assertThat(check.required("title", "  Titel ", 10)).isEqualTo("Titel");
        assertThat(check.optional("note", "   ", 10)).isNull();
        assertThat(check.whole("count", " 12 ", 0, 20)).isEqualTo(12);
        assertThat(check.decimal("weight", "2,5", BigDecimal.ZERO, BigDecimal.TEN))
                .isEqualByComparingTo("2.5");
        assertThat(check.isoDate("from", "2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(check.ok()).isTrue();
        assertThat(check.errors()).isEmpty();
    }

    @Test
    void problemsAreDutchForDutchUsers() {
        FormCheck check = FormCheck.in(Locale.of("nl"));

        check.required("title", " ", 10);
        check.required("title", "ook fout maar later", 3);
        check.whole("count", "twaalf", 0, 20);
        check.decimal("weight", "11", BigDecimal.ZERO, new BigDecimal("10.5"));
        check.present("team", null);

        assertThat(check.ok()).isFalse();
        assertThat(check.errors())
                .containsEntry("title", "Vul dit veld in.")
                .containsEntry("count", "Vul een heel getal in.")
                .containsEntry("weight", "Vul een getal van 0 tot en met 10,5 in.")
                .containsEntry("team", "Maak een keuze.");
    }

    @Test
    void problemsAreEnglishForEnglishUsers() {
        FormCheck check = FormCheck.in(Locale.ENGLISH);

        check.required("title", "te lang", 3);
        check.whole("count", "30", 0, 20);
        check.date("from", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(check.error("title")).isEqualTo("Please use at most 3 characters (now 7).");
        assertThat(check.error("count")).isEqualTo("Please enter a number from 0 to 20.");
        assertThat(check.error("from")).isEqualTo("Please choose a date from 2026-01-01 to 2026-12-31.");
    }
}
