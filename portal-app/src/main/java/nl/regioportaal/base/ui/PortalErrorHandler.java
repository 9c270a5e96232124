package nl.regioportaal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import nl.regioportaal.shared.ConcurrentEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors in clicks and other UI events: the user gets a short Dutch message (with a reference to
 * quote to support), the log gets the stack trace. Never a stack trace on screen.
 */
@Component
class PortalErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        UI ui = UI.getCurrent();
        String key;
        if (cause instanceof AccessDeniedException) {
            key = "error.access-denied";
            LOG.warn("access denied: {}", cause.getMessage());
        } else if (cause instanceof ConcurrentEditException) {
            key = "form.error.concurrent";
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("unexpected error ref={}", reference, event.getThrowable());
            if (ui != null) {
                show(ui, ui.getTranslation("error.unexpected-with-ref", reference));
            }
            return;
        }
        if (ui != null) {
            show(ui, ui.getTranslation(key));
        }
    }

    private static void show(UI ui, String text) {
        ui.access(() -> {
            Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof AccessDeniedException)
                && !(current instanceof ConcurrentEditException)) {
            current = current.getCause();
        }
        return current;
    }
}
