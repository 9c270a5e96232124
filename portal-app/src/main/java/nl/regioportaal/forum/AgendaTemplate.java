package nl.regioportaal.forum;

import java.util.List;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * A new meeting's agenda: the template's sections, and the standing items every meeting gets in
 * its opening — approving the previous minutes and the open action list. Their titles are stored
 * in Dutch (the agenda is the forum's document); screens show standing items in the reader's language.
 */
@Component
class AgendaTemplate {

    private final AgendaSectionRepository sections;
    private final AgendaItemRepository items;

    AgendaTemplate(AgendaSectionRepository sections, AgendaItemRepository items) {
        this.sections = sections;
        this.items = items;
    }

    void apply(Meeting meeting, List<SectionKind> kinds) {
        AgendaSection first = null;
        int position = 0;
        for (SectionKind kind : kinds) {
            AgendaSection section = sections.save(new AgendaSection(meeting, kind, position++));
            if (first == null) {
                first = section;
            }
        }
        if (first != null) {
            standing(first, StandingItem.PREVIOUS_MINUTES, 5, ItemKind.DECISION, 0);
            standing(first, StandingItem.ACTION_LIST, 10, ItemKind.DISCUSSION, 1);
        }
    }

    private void standing(AgendaSection section, StandingItem which, int minutes, ItemKind kind, int position) {
        String title = PortalI18NProvider.translate(titleKey(which), PortalI18NProvider.DUTCH);
        AgendaItem item = new AgendaItem(section.getMeeting().getForum(), title, minutes, kind);
        item.setStanding(which);
        item.placeIn(section, position);
        items.save(item);
    }

    static String titleKey(StandingItem which) {
        return "forum.standing." + which.name();
    }
}
