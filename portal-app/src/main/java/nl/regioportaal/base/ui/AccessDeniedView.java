package nl.regioportaal.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.regioportaal.security.SecurityEvents;

/**
 * A logged-in user opened a page their role does not allow: the same Dutch page as for an unknown
 * address (Vaadin's own would be a bare HTTP 403), and a line in the security log.
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        SecurityEvents.refused("route", event.getLocation().getPath(), "role");
        NotFoundView.show(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
