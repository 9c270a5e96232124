package nl.regioportaal.intervisie.ui;

import java.util.List;
import nl.regioportaal.base.ui.MenuContributor;
import nl.regioportaal.intervisie.PeerGroupService;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Component;

/** "Intervisie" in the side menu for who takes part in a peer group, and for the process supervisor who sets them up. */
@Component
class IntervisieMenu implements MenuContributor {

    private final PeerGroupService groups;

    IntervisieMenu(PeerGroupService groups) {
        this.groups = groups;
    }

    @Override
    public List<Item> menuItems(PortalUser user) {
        boolean inAGroup =
                groups.myGroups().stream().anyMatch(g -> g.myStanding().takesPart());
        return inAGroup || groups.mayManage()
                ? List.of(new Item("intervisie.menu", "intervisie", "vaadin:comments", 210))
                : List.of();
    }
}
