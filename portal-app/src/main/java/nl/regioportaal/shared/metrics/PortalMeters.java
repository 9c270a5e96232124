package nl.regioportaal.shared.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's own meters, for {@code /actuator/prometheus} (docs/deployment.md, "Metrics"). Modules call
 * these where the thing happens; logins, scheduled jobs and Vaadin sessions are counted by listeners of
 * their own ({@link LoginMeters}, {@link JobMeters}, and {@code base.ui}'s session gauge).
 */
@Component
public class PortalMeters {

    static final String ENROLMENTS = "portal.enrolments";
    static final String NOTICE_MAILS = "portal.notices.mails";
    static final String PLUGIN_FAILURES = "portal.plugins.failures";

    private final MeterRegistry registry;

    public PortalMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An enrolment was made, with its status (a seat, the waiting list, awaiting approval); counted once committed. */
    public void enrolled(String status) {
        Counter counter = Counter.builder(ENROLMENTS)
                .description("enrolments made, by the status they got")
                .tag("status", status.toLowerCase())
                .register(registry);
        afterCommit(counter::increment);
    }

    /** A notice mail went out ({@code sent}) or an attempt failed ({@code failed}). */
    public void noticeMail(boolean sent) {
        Counter.builder(NOTICE_MAILS)
                .description("notice mails sent, and failed sending attempts")
                .tag("outcome", sent ? "sent" : "failed")
                .register(registry)
                .increment();
    }

    /** A plugin failed to load, start, migrate or run a task. */
    public void pluginFailed(String pluginId) {
        Counter.builder(PLUGIN_FAILURES)
                .description("failures of plugins, by plugin")
                .tag("plugin", pluginId)
                .register(registry)
                .increment();
    }

    /** Inside a transaction only what commits counts; outside one, at once. */
    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
