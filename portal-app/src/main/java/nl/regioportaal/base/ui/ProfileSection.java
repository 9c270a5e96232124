package nl.regioportaal.base.ui;

import com.vaadin.flow.component.Component;
import nl.regioportaal.security.PortalUser;

/** A module's part of "Mijn profiel" (e.g. notify's notice preferences and calendar feed). */
public interface ProfileSection {

    /** A new component for this user's profile page. */
    Component create(PortalUser user);
}
