package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells every open live-session page on this node that its session moved on, through server push
 * ({@code @Push} on the application). Each page then reads the state from the database; a page on
 * another node finds the change when it polls ({@link LiveSessionView#OTHER_NODE_POLL_MILLIS}).
 */
@Component
class LiveBroadcaster {

    private record Listener(UI ui, Consumer<UI> refresh) {}

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();

    Registration register(long sessionId, UI ui, Consumer<UI> refresh) {
        Listener listener = new Listener(ui, refresh);
        listeners
                .computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> listeners.getOrDefault(sessionId, Set.of()).remove(listener);
    }

    /** The other pages of the session refresh; the page that made the change has done so itself. */
    void changed(long sessionId, UI origin) {
        Set<Listener> all = listeners.getOrDefault(sessionId, Set.of());
        for (Listener l : all) {
            if (l.ui() == origin) {
                continue;
            }
            try {
                l.ui().access(() -> l.refresh().accept(l.ui()));
            } catch (UIDetachedException e) {
                // the page was closed without saying goodbye (a lost connection)
                all.remove(l);
            }
        }
    }
}
