package nl.regioportaal.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in user opened a page their role does not allow: the same Dutch page as for an unknown
 * address (Vaadin's own would be a bare HTTP 403), and a line in the security log.
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger AUDIT = LoggerFactory.getLogger("nl.regioportaal.security.audit");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AUDIT.warn("route refused path={}", event.getLocation().getPath());
        NotFoundView.show(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
