package nl.regioportaal.modulesfixture.forum;

public class ForumService {

    public String topic() {
        return "intervisie";
    }
}
