package nl.regioportaal.training.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.regioportaal.training.CertificateService;
import nl.regioportaal.training.CertificateService.Verification;

/**
 * {@code /certificaat/<code>}: anyone (an employer, a colleague) checks a certificate without
 * logging in. It shows the holder's name, the course and the dates, nothing else, and no menu.
 */
@Route(value = "certificaat/:code", autoLayout = false)
@AnonymousAllowed
public class CertificateCheckView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div result = new Div();
    private final transient CertificateService certificates;

    public CertificateCheckView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("rp-public");
        result.setId("certificate-check");
        // the answer arrives with the page, but is read out as the page's news (WCAG 4.1.3)
        result.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("training.verify.title")),
                new Paragraph(getTranslation("training.verify.intro")),
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        show(certificates.verify(code, request == null ? null : request.getRemoteAddr()));
    }

    private void show(Verification answer) {
        result.removeAll();
        switch (answer) {
            case Verification.Valid v -> {
                Paragraph genuine = new Paragraph(getTranslation("training.verify.valid"));
                genuine.addClassName("rp-saved");
                Div facts = new Div(
                        fact("training.verify.name", v.name()),
                        fact("training.verify.course", v.course()),
                        fact("training.verify.completed", TrainingUi.date(v.completedOn())),
                        fact(
                                "training.verify.valid-until",
                                v.validUntil() == null
                                        ? getTranslation("training.verify.no-end")
                                        : TrainingUi.date(v.validUntil())));
                facts.setId("certificate-facts");
                result.add(genuine, facts);
            }
            case Verification.NotFound n -> result.add(new Paragraph(getTranslation("training.verify.not-found")));
            case Verification.TooManyLookups t -> result.add(new Paragraph(getTranslation("training.verify.too-many")));
        }
    }

    private Paragraph fact(String labelKey, String value) {
        Paragraph p = new Paragraph(getTranslation(labelKey) + ": " + value);
        p.addClassName("rp-fact");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.verify.page-title");
    }
}
