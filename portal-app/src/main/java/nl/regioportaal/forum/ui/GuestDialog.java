package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.ForumService;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.region.PersonSummary;

/** The chair invites a guest to the whole meeting or to one part of it (e.g. the dialogue with external partners). */
class GuestDialog {

    private final MeetingService meetings;
    private final ForumService forums;
    private final Runnable afterSave;

    GuestDialog(MeetingService meetings, ForumService forums, Runnable afterSave) {
        this.meetings = meetings;
        this.forums = forums;
        this.afterSave = afterSave;
    }

    void open(long forumId, long meetingId, List<SectionView> sections) {
        Binder<NewGuest> binder = new Binder<>(NewGuest.class);
        FormDialog<NewGuest> d = new FormDialog<>(
                text("forum.guest.invite"),
                binder,
                g -> meetings.inviteGuest(
                        meetingId, g.person == null ? -1 : g.person.id(), g.section == null ? null : g.section.id()),
                afterSave);
        ComboBox<PersonSummary> person = d.add("person", new ComboBox<>(text("forum.guest.person")));
        person.setItems(forums.guestCandidates(forumId));
        person.setItemLabelGenerator(PersonSummary::displayName);
        person.setRequired(true);
        Select<SectionView> section = d.add("section", new Select<>());
        section.setLabel(text("forum.guest.section"));
        section.setItems(sections);
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption(text("forum.guest.whole-meeting"));
        section.setItemLabelGenerator(
                s -> s == null ? text("forum.guest.whole-meeting") : text("forum.section." + s.kind()));
        binder.forField(person)
                .asRequired(text("forum.error.choose-guest"))
                .bind(g -> g.person, (g, v) -> g.person = v);
        binder.bind(section, g -> g.section, (g, v) -> g.section = v);
        d.edit(new NewGuest());
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    static final class NewGuest {
        PersonSummary person;
        SectionView section;
    }
}
