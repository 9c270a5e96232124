package nl.regioportaal.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.regioportaal.security.PortalUser;

/**
 * A card on the Start page. Features (and plugins, through the plugin module) provide beans of
 * this type; a card that does not apply to the user returns empty.
 */
public interface StartCard {

    /** Lower comes first. */
    int order();

    Optional<Component> create(PortalUser user);
}
