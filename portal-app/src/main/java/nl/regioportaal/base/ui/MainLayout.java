package nl.regioportaal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;

/** The shell around every logged-in page: header with page title and user menu, side menu per role. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 pageTitle = new H1();
    private final transient AuthenticationContext authenticationContext;
    private final transient AccountService accountService;
    private final transient List<MenuBadge> badges;
    private final transient PortalUser user;
    private final Map<String, SideNavItem> navItems = new HashMap<>();

    public MainLayout(
            AuthenticationContext authenticationContext,
            AccountService accountService,
            CurrentUser currentUser,
            List<MenuContributor> contributors,
            List<HeaderContributor> headerItems,
            List<MenuBadge> badges) {
        this.authenticationContext = authenticationContext;
        this.accountService = accountService;
        this.badges = badges;
        this.user = currentUser.get().orElse(null);
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        pageTitle.addClassName("rp-header-title");
        pageTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        HorizontalLayout header = new HorizontalLayout(toggle, pageTitle);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setPadding(false);
        currentUser.get().ifPresent(user -> {
            Component userMenu = userMenu(user);
            headerItems.forEach(h -> header.add(h.create(user)));
            header.add(userMenu);
            header.setFlexGrow(1, pageTitle);
        });
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("rp-app-name");
        appName.getStyle()
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("display", "block");
        addToDrawer(appName, sideNav(currentUser.get().orElse(null), contributors));
    }

    private SideNav sideNav(PortalUser user, List<MenuContributor> contributors) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        // otherwise the web component reads "Toggle child items" aloud on the Dutch screen
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("shell.navigation-toggle")));
        List<MenuContributor.Item> items = new ArrayList<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            items.add(new MenuContributor.Item(
                    entry.title(), entry.path(), entry.icon(), entry.order() == null ? 1000 : entry.order()));
        }
        if (user != null) {
            contributors.forEach(c -> items.addAll(c.menuItems(user)));
        }
        items.sort(Comparator.comparingDouble(MenuContributor.Item::order));
        for (MenuContributor.Item item : items) {
            SideNavItem navItem = new SideNavItem(label(item.title()), item.path());
            if (item.icon() != null && !item.icon().isBlank()) {
                navItem.setPrefixComponent(new Icon(item.icon()));
            }
            nav.addItem(navItem);
            navItems.put(item.path().replaceFirst("^/", ""), navItem);
        }
        return nav;
    }

    /**
     * A menu title is an i18n key, except for runtime entries (plugins) that bring their own text: a
     * title that is not a known key is shown as it is.
     */
    private String label(String title) {
        String translated = getTranslation(title);
        return translated.equals("!" + title + "!") ? title : translated;
    }

    private Component userMenu(PortalUser user) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        MenuBar menuBar = new MenuBar();
        menuBar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menuBar.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.displayName()));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = menuBar.addItem(label);
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.profile"), e -> UI.getCurrent().navigate("profiel"));
        MenuItem language = sub.addItem(getTranslation("shell.language"));
        language.getSubMenu().addItem("Nederlands", e -> switchLanguage("nl"));
        language.getSubMenu().addItem("English", e -> switchLanguage("en"));
        sub.addItem(getTranslation("shell.logout"), e -> authenticationContext.logout());
        return menuBar;
    }

    private void switchLanguage(String language) {
        accountService.setPreferredLanguage(language);
        LocaleSetup.remember(UI.getCurrent().getSession(), language);
        UI.getCurrent().getPage().reload();
    }

    /** The counts beside menu entries, as they are now; the text is read out with the entry's name. */
    private void refreshBadges() {
        if (user == null) {
            return;
        }
        for (MenuBadge badge : badges) {
            SideNavItem item = navItems.get(badge.path());
            if (item == null) {
                continue;
            }
            long count = badge.count(user);
            if (count == 0) {
                item.setSuffixComponent(null);
            } else {
                Span number = new Span(String.valueOf(count));
                number.getElement().getThemeList().add("badge pill small primary");
                number.addClassName("rp-menu-badge");
                item.setSuffixComponent(number);
            }
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshBadges();
        Component content = getContent();
        if (content instanceof PortalPage page) {
            pageTitle.setText(page.getHeading());
        } else if (content instanceof HasDynamicTitle titled) {
            // the browser tab says "… · Regioportaal"; the header beside the app name need not
            String suffix = " · " + getTranslation("app.name");
            String title = titled.getPageTitle();
            pageTitle.setText(
                    title != null && title.endsWith(suffix)
                            ? title.substring(0, title.length() - suffix.length())
                            : title);
        } else {
            pageTitle.setText("");
        }
    }
}
