package nl.regioportaal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The Dutch login page; the only route anyone may open without logging in. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    private final Paragraph ssoMessage = new Paragraph();

    public LoginView(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        addClassName("rp-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        H1 title = new H1(getTranslation("app.name"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("rp-muted");
        add(title, intro, login);
        addSingleSignOn(identityProviders.getIfAvailable());
    }

    /** One button per configured identity provider (README, "Single sign-on"); none without. */
    private void addSingleSignOn(ClientRegistrationRepository providers) {
        if (!(providers instanceof Iterable<?> all)) {
            return;
        }
        List<ClientRegistration> registrations = new ArrayList<>();
        all.forEach(r -> registrations.add((ClientRegistration) r));
        for (ClientRegistration registration : registrations) {
            String label = registrations.size() == 1
                    ? getTranslation("login.sso.button")
                    : getTranslation("login.sso.button.named", registration.getClientName());
            // a plain link: the browser leaves the single-page app for the provider
            Anchor button = new Anchor("oauth2/authorization/" + registration.getRegistrationId(), label);
            button.getElement().setAttribute("router-ignore", true);
            button.addClassName("rp-sso-button");
            button.setId("sso-" + registration.getRegistrationId());
            add(button);
        }
        ssoMessage.setId("sso-message");
        ssoMessage.getElement().setAttribute("role", "alert");
        ssoMessage.addClassName("rp-sso-message");
        ssoMessage.setVisible(false);
        add(ssoMessage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        List<String> sso =
                event.getLocation().getQueryParameters().getParameters().get("sso");
        if (sso != null
                && !sso.isEmpty()
                && List.of("unknown", "unverified", "locked", "failed").contains(sso.getFirst())) {
            ssoMessage.setText(getTranslation("login.sso." + sso.getFirst()));
            ssoMessage.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
