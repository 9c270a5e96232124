package nl.regioportaal.shared.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers as a Dutch or an English reader expects them, for screens, PDFs, exports and
 * notices. Dutch is the default (any locale that is not English is shown in Dutch, as the bundles
 * do). An instant becomes a wall-clock time only here, in Europe/Amsterdam: the portal stores
 * instants and calendar days, never the server's zone. A missing value shows as a dash.
 */
public final class PortalFormats {

    /** The portal's only time zone, used at the rendering edge. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Shown for a missing date or number. */
    public static final String NONE = "-";

    private static final Locale NL = Locale.of("nl", "NL");
    private static final Locale EN = Locale.of("en", "GB");
    private static final DateTimeFormatter SHORT_NL = DateTimeFormatter.ofPattern("dd-MM-yyyy", NL);
    private static final DateTimeFormatter SHORT_EN = DateTimeFormatter.ofPattern("dd/MM/yyyy", EN);
    private static final DateTimeFormatter LONG_NL = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter LONG_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", EN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PortalFormats() {}

    /** "12-03-2027" / "12/03/2027". */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? NONE : (english(locale) ? SHORT_EN : SHORT_NL).format(date);
    }

    /** "12 maart 2027" / "12 March 2027". */
    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? NONE : (english(locale) ? LONG_EN : LONG_NL).format(date);
    }

    /** "14:05" in both languages (the 24-hour clock is usual in Dutch and in British English). */
    public static String time(LocalTime time) {
        return time == null ? NONE : TIME.format(time);
    }

    /** "12-03-2027 14:05" / "12/03/2027 14:05". */
    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? NONE : date(dateTime.toLocalDate(), locale) + " " + time(dateTime.toLocalTime());
    }

    /** An instant as Amsterdam wall-clock time, "12-03-2027 14:05". */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? NONE : dateTime(LocalDateTime.ofInstant(instant, AMSTERDAM), locale);
    }

    /** "1.234,5" / "1,234.5": grouping, up to {@code maxDecimals} decimals (half up), no trailing zeros. */
    public static String number(Number value, int maxDecimals, Locale locale) {
        if (value == null) {
            return NONE;
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(english(locale) ? EN : NL));
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
    }

    /** A whole number: "12.345" / "12,345". */
    public static String number(long value, Locale locale) {
        return number(value, 0, locale);
    }

    /**
     * A percentage given in percent (46.2 means 46.2 %), with one decimal at most: "46,2 %" in
     * Dutch (a space before the sign, as the Taalunie advises), "46.2%" in English.
     */
    public static String percent(Number percent, Locale locale) {
        if (percent == null) {
            return NONE;
        }
        return number(percent, 1, locale) + (english(locale) ? "%" : " %");
    }

    private static boolean english(Locale locale) {
        return PortalI18NProvider.supported(locale) == PortalI18NProvider.ENGLISH;
    }
}
