package nl.regioportaal.base.ui;

import nl.regioportaal.security.PortalUser;

/** A count beside a menu entry (e.g. unread notices at "Meldingen"), read again on every navigation. */
public interface MenuBadge {

    /** The menu entry's path, as in its {@code @Route}. */
    String path();

    long count(PortalUser user);
}
