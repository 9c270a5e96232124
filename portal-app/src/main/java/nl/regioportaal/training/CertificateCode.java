package nl.regioportaal.training;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code printed on a certificate that anyone can check on {@code /certificaat/<code>}: 16
 * characters of Crockford's base 32 (80 random bits; no I, L, O or U, so nothing is misread on
 * paper), shown in groups of four. Guessing one is hopeless at 20 lookups a minute.
 */
final class CertificateCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {}

    static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As typed or copied: any case, with or without hyphens and spaces, O for 0 and I or L for 1. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return code.length() > 32 ? "" : code;
    }

    /** "ABCD-EFGH-JKMN-PQRS": easier to read aloud and to type over. */
    static String display(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }
}
