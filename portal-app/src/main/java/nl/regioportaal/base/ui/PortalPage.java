package nl.regioportaal.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page of the portal: a translated title (the page's h1 in the shell header, and the browser tab) and content. */
public abstract class PortalPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    protected PortalPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("rp-page");
        setPadding(true);
        setSpacing(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }

    public String getHeading() {
        return getTranslation(titleKey);
    }
}
