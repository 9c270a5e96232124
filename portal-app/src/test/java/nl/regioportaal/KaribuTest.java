package nl.regioportaal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import nl.regioportaal.base.ui.AccessDeniedView;
import nl.regioportaal.base.ui.RefusedView;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: the real views, services and database, driven through Karibu. Log in with
 * a demo account, navigate, click and type as a user would.
 */
@PortalTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("nl.regioportaal");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers users;

    /** Whether someone logged in during this test: the next login then gets a browser page of its own. */
    private boolean loggedIn;

    @BeforeEach
    void setUpVaadin() {
        loggedIn = false;
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        users.logout();
        MockVaadin.tearDown();
    }

    /**
     * Logs in as a demo account. A login after another one in the same test opens a fresh browser page, as the
     * redirect after a real login does: Vaadin keeps the open view when the route stays the same, so without it
     * the second person would see what was built for the first.
     */
    protected PortalUser login(String username) {
        return loggedInAs(users.login(username));
    }

    /** Logs in a demo person without an account, so a test can change their data without touching anyone else's. */
    protected PortalUser loginAs(UserProfile profile) {
        return loggedInAs(users.loginAs(profile));
    }

    private PortalUser loggedInAs(PortalUser user) {
        if (loggedIn) {
            reopenUi();
        } else {
            actAs(user);
            loggedIn = true;
        }
        return user;
    }

    /** A fresh browser page for the logged-in user, as right after the login redirect. */
    protected void reopenUi() {
        PortalUser user = (PortalUser)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        actAs(user);
        // the UI was created before the request carried the user; run the UI-init listeners again for this user
        UI.getCurrent().getSession().getService().fireUIInitListeners(UI.getCurrent());
    }

    /** A mock browser page for this user, for measurements that are not a KaribuTest (the benchmark). */
    public static void openUi(ApplicationContext context, PortalUser user) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        actAs(user);
    }

    private static void actAs(PortalUser user) {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.hasRole(Role.valueOf(role)));
    }

    protected static <T extends Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return LocatorJ._get(view);
    }

    /** Texts of the notifications currently shown (Notification.show puts them in the "text" property). */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    /**
     * Types a value into a field as a user would: only into a visible, enabled, editable field.
     * (Karibu's own _setValue relies on Vaadin internals that changed in Vaadin 25.)
     */
    protected static <V> void type(HasValue<?, V> field, V value) {
        Component c = (Component) field;
        Assertions.assertThat(c.isVisible()).as("field visible").isTrue();
        Assertions.assertThat(field.isReadOnly()).as("field editable").isFalse();
        if (c instanceof HasEnabled e) {
            Assertions.assertThat(e.isEnabled()).as("field enabled").isTrue();
        }
        field.setValue(value);
    }

    /**
     * Opening the view is refused for the logged-in user (route access control, not just a hidden
     * menu): the portal's Dutch refusal page is shown instead of the view.
     */
    protected static void assertRefused(Class<? extends Component> view) {
        UI.getCurrent().navigate(view);
        Assertions.assertThat(LocatorJ._find(view)).isEmpty();
        assertRefusalShown();
    }

    /** The same, for a route known only by its path (e.g. a plugin view registered at run time). */
    protected static void assertRefused(String path) {
        UI.getCurrent().navigate(path);
        assertRefusalShown();
    }

    /** The route refused for the role ({@link AccessDeniedView}) or the object refused by the service ({@link RefusedView}). */
    private static void assertRefusalShown() {
        Assertions.assertThat(LocatorJ._find(AccessDeniedView.class).size()
                        + LocatorJ._find(RefusedView.class).size())
                .as("the Dutch refusal page")
                .isEqualTo(1);
    }
}
