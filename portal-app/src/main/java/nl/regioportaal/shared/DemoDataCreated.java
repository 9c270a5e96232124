package nl.regioportaal.shared;

import java.util.Map;

/**
 * Published (synchronously, as the system user) by the demo module once the region's demo data
 * exists, so that other modules can add theirs. It lives in the shared kernel so that listening to
 * it does not make a feature module depend on {@code demo}. {@code accounts} maps each demo username to its person id.
 */
public record DemoDataCreated(Map<String, Long> accounts) {

    public long personOf(String username) {
        return accounts.get(username);
    }
}
