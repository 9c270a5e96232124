package nl.regioportaal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalFormatsTest {

    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate DAY = LocalDate.of(2027, 3, 12);

    @Test
    void datesShortAndLongInDutchAndEnglish() {
        assertThat(PortalFormats.date(DAY, NL)).isEqualTo("12-03-2027");
        assertThat(PortalFormats.date(DAY, EN)).isEqualTo("12/03/2027");
        assertThat(PortalFormats.longDate(DAY, NL)).isEqualTo("12 maart 2027");
        assertThat(PortalFormats.longDate(DAY, EN)).isEqualTo("12 March 2027");
        assertThat(PortalFormats.longDate(LocalDate.of(2027, 1, 5), NL)).isEqualTo("5 januari 2027");
    }

    @Test
    void anUnsupportedLanguageFallsBackToDutchAndAMissingValueIsADash() {
        assertThat(PortalFormats.longDate(DAY, Locale.GERMAN)).isEqualTo("12 maart 2027");
        assertThat(PortalFormats.date(null, NL)).isEqualTo("-");
        assertThat(PortalFormats.percent(null, EN)).isEqualTo("-");
        assertThat(PortalFormats.dateTime((Instant) null, NL)).isEqualTo("-");
    }

    @Test
    void dateTimesUseTheTwentyFourHourClock() {
        LocalDateTime at = LocalDateTime.of(DAY, LocalTime.of(14, 5));
        assertThat(PortalFormats.dateTime(at, NL)).isEqualTo("12-03-2027 14:05");
        assertThat(PortalFormats.dateTime(at, EN)).isEqualTo("12/03/2027 14:05");
        assertThat(PortalFormats.time(LocalTime.of(9, 0))).isEqualTo("09:00");
    }

    @Test
    void anInstantIsShownInAmsterdamTimeWhateverTheServersZone() {
        // 13:05 UTC is 14:05 in Amsterdam in winter (CET) and 15:05 in summer (CEST)
        assertThat(PortalFormats.dateTime(Instant.parse("2027-03-12T13:05:00Z"), NL))
                .isEqualTo("12-03-2027 14:05");
        assertThat(PortalFormats.dateTime(Instant.parse("2027-07-01T13:05:00Z"), EN))
                .isEqualTo("01/07/2027 15:05");
        // just before midnight UTC on the last day of the year is already the next year in Amsterdam
        assertThat(PortalFormats.dateTime(Instant.parse("2026-12-31T23:30:00Z"), NL))
                .isEqualTo("01-01-2027 00:30");
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({"46.2, '46,2 %', 46.2%", "46.25, '46,3 %', 46.3%", "100, '100 %', 100%", "0, '0 %', 0%"})
    void percentagesInDutchAndEnglish(BigDecimal value, String dutch, String english) {
        assertThat(PortalFormats.percent(value, NL)).isEqualTo(dutch);
        assertThat(PortalFormats.percent(value, EN)).isEqualTo(english);
    }

    @Test
    void numbersWithDutchOrEnglishSeparators() {
        assertThat(PortalFormats.number(1234567L, NL)).isEqualTo("1.234.567");
        assertThat(PortalFormats.number(1234567L, EN)).isEqualTo("1,234,567");
        assertThat(PortalFormats.number(new BigDecimal("1234.50"), 2, NL)).isEqualTo("1.234,5");
        assertThat(PortalFormats.number(1234.567, 2, EN)).isEqualTo("1,234.57");
        assertThat(PortalFormats.number(2.5, 0, NL)).isEqualTo("3");
    }
}
