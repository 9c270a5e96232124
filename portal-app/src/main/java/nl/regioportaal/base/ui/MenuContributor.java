package nl.regioportaal.base.ui;

import java.util.List;
import nl.regioportaal.security.PortalUser;

/**
 * Menu entries that are not static routes (plugin views registered at run time). Static views are
 * found through their {@code @Menu} annotation and filtered by their access annotation.
 */
public interface MenuContributor {

    record Item(String title, String path, String icon, double order) {}

    List<Item> menuItems(PortalUser user);
}
