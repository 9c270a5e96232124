package nl.regioportaal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The number of open Vaadin sessions on this node, as the gauge {@code portal.vaadin.sessions.active}. */
@Component
class SessionMeters implements VaadinServiceInitListener {

    static final String ACTIVE_SESSIONS = "portal.vaadin.sessions.active";

    private final AtomicInteger active = new AtomicInteger();

    SessionMeters(MeterRegistry registry) {
        Gauge.builder(ACTIVE_SESSIONS, active, AtomicInteger::get)
                .description("open Vaadin sessions on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> active.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> active.decrementAndGet());
    }
}
