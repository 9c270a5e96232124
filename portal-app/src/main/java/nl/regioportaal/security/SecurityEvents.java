package nl.regioportaal.security;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The security log: one line per login, failed login, lock, logout and refusal, on the logger
 * {@code nl.regioportaal.security.audit}, in one shape ({@code security event=<name> key=value …})
 * with the same values as structured fields under their Elastic Common Schema names (the JSON log
 * file is ECS: {@code event.action}, {@code user.name}, {@code source.ip}, {@code url.path},
 * {@code event.reason}, and {@code labels.*} for the rest), so a log index maps them as ECS does.
 * Never a password, a token or a page's content.
 */
public final class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger("nl.regioportaal.security.audit");

    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login-failed";
    public static final String LOCKED = "locked";
    public static final String LOGOUT = "logout";
    public static final String ACCESS_REFUSED = "access-refused";

    /** The ECS field of each key of the line; keys without one go under {@code labels}. */
    private static final Map<String, String> ECS_FIELDS = Map.of(
            "user", "user.name",
            "remote", "source.ip",
            "path", "url.path",
            "reason", "event.reason");

    private SecurityEvents() {}

    /** Logs one event; {@code pairs} alternate key and value. Refusals and failures at WARN, the rest at INFO. */
    public static void log(String event, String... pairs) {
        boolean warn = event.equals(LOGIN_FAILED) || event.equals(LOCKED) || event.equals(ACCESS_REFUSED);
        LoggingEventBuilder line = (warn ? LOG.atWarn() : LOG.atInfo()).addKeyValue("event.action", event);
        StringBuilder message = new StringBuilder("security event=").append(event);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = clean(pairs[i + 1]);
            line = line.addKeyValue(ECS_FIELDS.getOrDefault(pairs[i], "labels." + pairs[i]), value);
            message.append(' ').append(pairs[i]).append('=').append(value);
        }
        line.log(message.toString());
    }

    /** A refused page or request, for whoever is logged in (or "-"). */
    public static void refused(String kind, String path, String reason) {
        log(ACCESS_REFUSED, "kind", kind, "user", currentUsername(), "path", path, "reason", reason);
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "-" : auth.getName();
    }

    /** One line per event, whatever a user typed as their name: no line breaks, no control characters. */
    private static String clean(String value) {
        return value == null ? "-" : value.replaceAll("\\p{Cntrl}", "_");
    }
}
