package nl.regioportaal.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page of the portal: a translated title (shown in the header and the browser tab) and content. */
public abstract class PortalPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    protected PortalPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("rp-page");
        setPadding(true);
        setSpacing(true);
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassName("rp-page-heading");
        add(heading);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }

    public String getHeading() {
        return getTranslation(titleKey);
    }
}
