package nl.regioportaal.base.ui;

import com.vaadin.flow.component.Component;
import nl.regioportaal.security.PortalUser;

/** Something a module puts in the shell's header next to the user menu (e.g. notify's bell). */
public interface HeaderContributor {

    /** A new component for this user's shell (one per UI). */
    Component create(PortalUser user);
}
