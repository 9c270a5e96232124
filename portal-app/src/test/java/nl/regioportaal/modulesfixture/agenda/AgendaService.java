package nl.regioportaal.modulesfixture.agenda;

import nl.regioportaal.modulesfixture.forum.ForumService;

public class AgendaService {

    private final ForumService forum = new ForumService();

    public String nextItem() {
        return forum.topic();
    }
}
