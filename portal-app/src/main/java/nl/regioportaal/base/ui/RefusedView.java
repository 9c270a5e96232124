package nl.regioportaal.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.regioportaal.security.SecurityEvents;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page the user's role may open, about an object they may not see (a forum they are not in, a
 * meeting they are not invited to): the service refuses while the page is being opened, and the
 * user gets the same Dutch page as for an unknown address — not an error with a reference — and
 * the security log a line. {@link AccessDeniedView} does the same for routes the role may not open.
 */
@AnonymousAllowed
public class RefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        SecurityEvents.refused(
                "object",
                event.getLocation().getPath(),
                parameter.getCaughtException().getMessage());
        NotFoundView.show(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
