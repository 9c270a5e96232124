package nl.regioportaal.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that has no human behind it (demo data, scheduled jobs) as the portal itself, with the
 * administrator role, so that the same service checks apply and nothing needs a back door.
 */
public final class SystemAuthentication {

    public static final String SYSTEM_USERNAME = "systeem";

    private SystemAuthentication() {}

    public static <T> T call(Supplier<T> work) {
        PortalUser system = new PortalUser(
                0,
                SYSTEM_USERNAME,
                "",
                false,
                new UserProfile(0, "Regioportaal", EnumSet.of(Role.ADMIN), null, Set.of(), null, true));
        return callAs(system, work);
    }

    /**
     * Makes something exactly as this person may see it, for a message to them (a mail's attachment):
     * the services check the person's own rights, never more.
     */
    public static <T> T callAs(UserProfile person, Supplier<T> work) {
        return callAs(new PortalUser(0, "", "", false, person), work);
    }

    private static <T> T callAs(PortalUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
