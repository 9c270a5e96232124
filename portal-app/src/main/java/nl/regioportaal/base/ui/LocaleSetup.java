package nl.regioportaal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Dutch first: every UI starts in Dutch, whatever the browser asks, unless the user chose English
 * (kept on their account, so it holds on every device and node). Also installs the error handler.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = "rp.language";

    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final PortalErrorHandler errorHandler;

    LocaleSetup(AccountService accountService, CurrentUser currentUser, PortalErrorHandler errorHandler) {
        this.accountService = accountService;
        this.currentUser = currentUser;
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            String language = (String) session.getAttribute(ATTRIBUTE);
            if (language == null && currentUser.get().isPresent()) {
                language = accountService.preferredLanguage().orElse("nl");
                session.setAttribute(ATTRIBUTE, language);
            }
            Locale locale = "en".equals(language) ? PortalI18NProvider.ENGLISH : PortalI18NProvider.DUTCH;
            e.getUI().setLocale(locale);
            // screen readers pick their voice from <html lang>, which Vaadin leaves at the index page's
            e.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    static void remember(VaadinSession session, String language) {
        session.setAttribute(ATTRIBUTE, language);
    }
}
