package nl.regioportaal.devagenda;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development agenda's share of a person's data (AVG). {@code region.PersonalDataService} checks
 * who may ask. <b>Export:</b> the initiatives the person follows and the timeline entries they wrote.
 * <b>Erasure:</b> following is deleted; the entries stay on the initiative's timeline (they are the
 * agenda's history) without the author's id and name.
 */
@Component
class AgendaPersonalData implements PersonalData {

    record EntryData(String initiative, String kind, String text, Instant at) {}

    private final InitiativeRepository initiatives;
    private final TimelineRepository timeline;

    AgendaPersonalData(InitiativeRepository initiatives, TimelineRepository timeline) {
        this.initiatives = initiatives;
        this.timeline = timeline;
    }

    @Override
    public String section() {
        return "devagenda";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "following",
                initiatives.followedBy(personId).stream()
                        .map(Initiative::getTitle)
                        .toList());
        List<EntryData> entries = timeline.findByAuthorPersonId(personId).stream()
                .map(e ->
                        new EntryData(e.getInitiative().getTitle(), e.getKind().name(), e.getText(), e.getHappenedAt()))
                .toList();
        data.put("timelineEntries", entries);
        return data;
    }

    @Override
    @Transactional
    public void erase(long personId) {
        initiatives.followedBy(personId).forEach(i -> i.getFollowers().remove(personId));
        timeline.findByAuthorPersonId(personId).forEach(TimelineEntry::forgetAuthor);
    }
}
