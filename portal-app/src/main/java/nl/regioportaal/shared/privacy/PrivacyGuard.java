package nl.regioportaal.shared.privacy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The one check every free-text field calls before saving: professionals write about their work,
 * never about identifiable clients. A number that passes the BSN eleven-test is blocked; other
 * traces of a person are warnings the writer may override with a reason. Each finding names the
 * fragment and its place, with a Dutch and an English reason to show next to the field.
 *
 * <p>What counts as a trace (deliberately simple patterns, tuned to few false alarms):
 * <ul>
 *   <li>BSN (block): nine digits, optionally grouped with single spaces or dots ("111 222 333",
 *       "1112.22.333"), passing the eleven-test. A nine-digit number failing the test is not
 *       reported. Eight-digit numbers (old BSNs without their leading zero) are not checked: every
 *       BSN is written with nine digits, and one in eleven of all eight-digit numbers would pass.
 *   <li>date of birth: a date ("12-03-1980", "12/3/1980", "12 maart 1980") within a few words
 *       after "geboren", "geb.", "geboortedatum", "born" or "date of birth". Other dates (a meeting
 *       on 12-03-2027) are not reported.
 *   <li>phone: Dutch numbers of ten digits starting with 0, or +31/0031 with nine digits.
 *   <li>e-mail addresses.
 *   <li>address: postcode with house number ("3811 AB 12", "3811AB 12a").
 *   <li>IBAN: NL IBANs passing the mod-97 check (so a random code is not reported).
 *   <li>name: a capitalised name right after "cliënt", "client", "mevrouw", "mevr.", "mw.",
 *       "meneer", "dhr.", "de heer", "gezin", "familie" or "fam." ("mevrouw Jansen", "gezin De
 *       Vries").
 * </ul>
 */
@Component
public class PrivacyGuard {

    public enum Severity {
        /** Must not be saved. */
        BLOCK,
        /** May be saved after the writer gives a reason. */
        WARN
    }

    public enum Kind {
        BSN(Severity.BLOCK),
        BIRTH_DATE(Severity.WARN),
        PHONE(Severity.WARN),
        EMAIL(Severity.WARN),
        ADDRESS(Severity.WARN),
        IBAN(Severity.WARN),
        NAME(Severity.WARN);

        private final Severity severity;

        Kind(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    /** A fragment of the text (from {@code start}, up to {@code end}) and why it is a problem. */
    public record Finding(Kind kind, String fragment, int start, int end, String dutch, String english) {

        public Severity severity() {
            return kind.severity();
        }

        public boolean blocks() {
            return kind.severity() == Severity.BLOCK;
        }

        /** The reason in the reader's language (Dutch unless English). */
        public String reason(Locale locale) {
            return PortalI18NProvider.supported(locale) == PortalI18NProvider.ENGLISH ? english : dutch;
        }
    }

    private static final Pattern BSN = Pattern.compile("(?<!\\d[ .]?)\\d(?:[ .]?\\d){8}(?![ .]?\\d)");
    private static final String MONTHS =
            "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
                    + "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
                    + "|january|february|march|may|june|july|august|october";
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?iu)(?:geboren|geb\\.|geboortedatum|born|date of birth|d\\.o\\.b\\.)(?:\\W+\\p{L}+){0,3}?\\W+"
                    + "(\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{1,2}\\s+(?:" + MONTHS + ")\\.?\\s+\\d{4})");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\d+])(?:(?:\\+|00)31[ -]?(?:\\(0\\)[ -]?)?|0)" + "[1-9](?:[ -]?\\d){8}(?![ -]?\\d)");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*"
                    + "\\.[A-Za-z]{2,}");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\d])[1-9]\\d{3} ?[A-Z]{2}[ ,]+\\d{1,5}(?:[ -]?[a-zA-Z]|-\\d{1,4})?(?![\\p{L}\\d])");
    private static final Pattern IBAN = Pattern.compile("(?i)(?<![\\p{L}\\d])NL\\d{2} ?[A-Z]{4}(?: ?\\d){10}(?!\\d)");
    private static final String PARTICLE = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t|[Vv]on)";
    private static final String CAPITALISED = "\\p{Lu}[\\p{Ll}'’-]+";
    private static final Pattern NAME =
            Pattern.compile("(?iu)(?<!\\p{L})(?:cli[eë]nte?|mevrouw|mevr\\.|mw\\.|meneer|dhr\\."
                    + "|de heer|gezin|familie|fam\\.)\\s+(?-i)(?:" + PARTICLE + "\\s+)*" + CAPITALISED
                    + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + CAPITALISED + ")?");

    /** Everything in the text that points to a person, in order of appearance. */
    public List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        find(text, BSN, Kind.BSN, 0, findings, m -> elevenTest(digits(m)));
        find(text, BIRTH_DATE, Kind.BIRTH_DATE, 1, findings, m -> true);
        find(text, PHONE, Kind.PHONE, 0, findings, m -> true);
        find(text, EMAIL, Kind.EMAIL, 0, findings, m -> true);
        find(text, ADDRESS, Kind.ADDRESS, 0, findings, m -> true);
        find(
                text,
                IBAN,
                Kind.IBAN,
                0,
                findings,
                m -> validIban(m.replace(" ", "").toUpperCase(Locale.ROOT)));
        find(text, NAME, Kind.NAME, 0, findings, m -> true);
        // digits inside a phone number ("+31 (0)6 12345678") or an IBAN are part of that, not a BSN or a phone
        List<Finding> containers = findings.stream()
                .filter(f -> f.kind() == Kind.PHONE || f.kind() == Kind.IBAN)
                .toList();
        findings.removeIf(f -> containers.stream()
                .anyMatch(o -> o.kind() != f.kind()
                        && o.start() <= f.start()
                        && f.end() <= o.end()
                        && o.end() - o.start() > f.end() - f.start()));
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
        return findings;
    }

    /** True when nothing in the text blocks saving. */
    public boolean maySave(String text) {
        return check(text).stream().noneMatch(Finding::blocks);
    }

    private static void find(
            String text, Pattern pattern, Kind kind, int group, List<Finding> into, Predicate<String> accept) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String fragment = m.group(group);
            if (accept.test(fragment)) {
                String key = "shared.privacy." + kind.name();
                into.add(new Finding(
                        kind,
                        fragment,
                        m.start(group),
                        m.end(group),
                        PortalI18NProvider.translate(key, PortalI18NProvider.DUTCH, fragment),
                        PortalI18NProvider.translate(key, PortalI18NProvider.ENGLISH, fragment)));
            }
        }
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    /** The BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
    static boolean elevenTest(String nineDigits) {
        if (nineDigits.length() != 9 || nineDigits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
    static boolean validIban(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder number = new StringBuilder();
        for (char c : moved.toCharArray()) {
            number.append(Character.getNumericValue(c));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
