package nl.regioportaal.modulesfixture.intervisie;

import nl.regioportaal.modulesfixture.forum.ForumService;

public class IntervisieService {

    private final ForumService forum = new ForumService();

    public String topic() {
        return forum.topic();
    }
}
