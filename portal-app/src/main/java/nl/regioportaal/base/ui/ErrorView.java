package nl.regioportaal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any error during navigation: a friendly Dutch page with a reference, the details only in the log. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error(
                "navigation error ref={} path={}",
                reference,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        removeAll();
        add(
                new H2(getTranslation("error.title")),
                new Paragraph(getTranslation("error.unexpected-with-ref", reference)),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
