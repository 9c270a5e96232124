package nl.regioportaal.demo;

import java.util.Map;

/**
 * Published (synchronously, as the system user) once the region's demo data exists, so that other
 * modules can add theirs. {@code accounts} maps each demo username to its person id.
 */
public record DemoDataCreated(Map<String, Long> accounts) {

    public long personOf(String username) {
        return accounts.get(username);
    }
}
