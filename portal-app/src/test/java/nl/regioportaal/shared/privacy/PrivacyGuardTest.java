package nl.regioportaal.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.privacy.PrivacyGuard.Finding;
import nl.regioportaal.shared.privacy.PrivacyGuard.Kind;
import nl.regioportaal.shared.privacy.PrivacyGuard.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One table per kind: what is found (and exactly where), and look-alikes that are not. */
class PrivacyGuardTest {

    private final PrivacyGuard guard = new PrivacyGuard();

    /** The only finding in the text is of this kind, at this fragment. */
    private Finding only(String text, Kind kind, String fragment) {
        List<Finding> findings = guard.check(text);
        assertThat(findings).as(text).hasSize(1);
        Finding f = findings.getFirst();
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.fragment()).isEqualTo(fragment);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(fragment);
        return f;
    }

    private void nothingIn(String text) {
        assertThat(guard.check(text)).as(text).isEmpty();
        assertThat(guard.maySave(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "111222333 | 111222333",
                "111 222 333 | 111 222 333",
                "111.222.333 | 111.222.333",
                "BSN: 123456782. | 123456782",
                "bsn 1234.56.782 | 1234.56.782",
                "nummer 12 34 56 782 genoteerd | 12 34 56 782"
            })
    void aNumberPassingTheElevenTestIsBlocked(String text, String fragment) {
        Finding f = only(text, Kind.BSN, fragment);
        assertThat(f.severity()).isEqualTo(Severity.BLOCK);
        assertThat(guard.maySave(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "111222334", // fails the eleven-test
                "123456789",
                "111 222 334",
                "000000000", // passes the arithmetic, but is no number
                "1112223330", // ten digits
                "11122233", // eight digits: not checked (see PrivacyGuard)
                "factuur 2027-111222334-01 is betaald"
            })
    void aNineDigitNumberFailingTheElevenTestIsNotBlocked(String text) {
        nothingIn(text);
    }

    @Test
    void aBsnNextToAClientIsBlockedNamingTheFragment() {
        String text = "cliënt met BSN 111222333";
        Finding f = only(text, Kind.BSN, "111222333");
        assertThat(f.start()).isEqualTo(15);
        assertThat(f.end()).isEqualTo(24);
        assertThat(f.blocks()).isTrue();
        assertThat(f.dutch()).contains("\"111222333\"", "burgerservicenummer");
        assertThat(f.english()).contains("\"111222333\"", "citizen service number");
        assertThat(f.reason(Locale.of("nl"))).isEqualTo(f.dutch());
        assertThat(f.reason(Locale.ENGLISH)).isEqualTo(f.english());
        assertThat(guard.maySave(text)).isFalse();
    }

    @Test
    void nineDigitsPassingTheTestInsideAPhoneNumberAreThePhoneNumber() {
        only("bel +31 (0)1 11222333", Kind.PHONE, "+31 (0)1 11222333");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "geboren op 12-03-1980 in Utrecht | 12-03-1980",
                "geb. 3-4-1975 | 3-4-1975",
                "Geboortedatum: 12 maart 1980 | 12 maart 1980",
                "zoon, geboren in Soest op 1/2/2015 | 1/2/2015",
                "born 12.03.1980 | 12.03.1980"
            })
    void aDateNearBirthWordsIsAWarning(String text, String fragment) {
        assertThat(only(text, Kind.BIRTH_DATE, fragment).severity()).isEqualTo(Severity.WARN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bel 06-12345678 | 06-12345678",
                "mobiel 06 1234 5678 | 06 1234 5678",
                "tel. +31 6 12345678 | +31 6 12345678",
                "+31 (0)6 12345678 | +31 (0)6 12345678",
                "0031 30 1234567 | 0031 30 1234567",
                "kantoor 030-1234567 | 030-1234567",
                "033 123 45 67 | 033 123 45 67"
            })
    void dutchPhoneNumbersAreAWarning(String text, String fragment) {
        assertThat(only(text, Kind.PHONE, fragment).severity()).isEqualTo(Severity.WARN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "mail anne.jansen@example.nl even | anne.jansen@example.nl",
                "<j.de-vries+werk@mail.gemeente-soest.nl> | j.de-vries+werk@mail.gemeente-soest.nl"
            })
    void emailAddressesAreAWarning(String text, String fragment) {
        assertThat(only(text, Kind.EMAIL, fragment).severity()).isEqualTo(Severity.WARN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "woont op 3811 AB 12 sinds kort | 3811 AB 12",
                "3811AB 12a | 3811AB 12a",
                "adres 3811 AB, 12-2 | 3811 AB, 12-2"
            })
    void aPostcodeWithHouseNumberIsAWarning(String text, String fragment) {
        assertThat(only(text, Kind.ADDRESS, fragment).severity()).isEqualTo(Severity.WARN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rekening NL91ABNA0417164300 | NL91ABNA0417164300",
                "IBAN NL91 ABNA 0417 1643 00. | NL91 ABNA 0417 1643 00",
                "nl91abna0417164300 | nl91abna0417164300"
            })
    void aValidIbanIsAWarning(String text, String fragment) {
        assertThat(only(text, Kind.IBAN, fragment).severity()).isEqualTo(Severity.WARN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gesprek met mevrouw Jansen gehad | mevrouw Jansen",
                "het gezin De Vries verhuist | gezin De Vries",
                "cliënt Piet van Dam belt | cliënt Piet van Dam",
                "Dhr. Bakker komt | Dhr. Bakker",
                "mevr. Van den Berg | mevr. Van den Berg",
                "de familie Yılmaz | familie Yılmaz",
                "client Jansen | client Jansen",
                "meneer El Amrani | meneer El Amrani"
            })
    void aCapitalisedNameAfterAClientWordIsAWarning(String text, String fragment) {
        assertThat(only(text, Kind.NAME, fragment).severity()).isEqualTo(Severity.WARN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "overleg op 12-03-2027 om 14:00", // a date, but no date of birth
                "in 2024 is 12 keer overlegd", // no postcode
                "3811 AB Amersfoort", // a postcode without a house number
                "NL91ABNA0417164301", // fails mod-97
                "0612345", // too short for a phone number
                "de cliënt belt morgen terug", // no name
                "mevrouw vertelt dat het gezin verhuist",
                "team@", // no address
                "Het team bespreekt 3 casussen; 46,2 % is op orde."
            })
    void lookAlikesAreNotReported(String text) {
        nothingIn(text);
    }

    @Test
    void severalFindingsComeInTheOrderOfTheText() {
        String text = "Mevrouw Jansen (geb. 12-03-1980), BSN 111 222 333, tel. 06-12345678, jansen@example.nl";
        assertThat(guard.check(text))
                .extracting(Finding::kind)
                .containsExactly(Kind.NAME, Kind.BIRTH_DATE, Kind.BSN, Kind.PHONE, Kind.EMAIL);
        assertThat(guard.maySave(text)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindHasADutchAndAnEnglishReason(Kind kind) {
        Finding f = new Finding(kind, "x", 0, 1, null, null);
        String key = "shared.privacy." + kind.name();
        assertThat(PortalI18NProvider.translate(key, Locale.of("nl"), "x"))
                .doesNotStartWith("!")
                .contains("\"x\"")
                .isNotEqualTo(PortalI18NProvider.translate(key, Locale.ENGLISH, "x"));
        assertThat(f.severity()).isEqualTo(kind == Kind.BSN ? Severity.BLOCK : Severity.WARN);
    }

    @Test
    void emptyTextHasNoFindings() {
        nothingIn("");
        nothingIn(null);
    }
}
