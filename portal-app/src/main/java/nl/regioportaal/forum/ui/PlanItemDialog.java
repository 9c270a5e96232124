package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.MeetingService;

/**
 * The chair plans an open backlog item on a coming meeting of the forum: choose the meeting, then
 * the part of its agenda; the item goes to the end of that part.
 */
class PlanItemDialog {

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final Runnable afterSave;

    PlanItemDialog(MeetingService meetings, AgendaService agendas, Runnable afterSave) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.afterSave = afterSave;
    }

    FormDialog<Planning> open(long forumId, ItemView item, LocalDateTime now) {
        Binder<Planning> binder = new Binder<>(Planning.class);
        FormDialog<Planning> d = new FormDialog<>(
                text("forum.backlog.plan") + ": " + item.title(),
                binder,
                p -> agendas.moveItem(item.id(), p.section.id(), Integer.MAX_VALUE),
                afterSave);
        ComboBox<MeetingSummary> meeting = d.add("meeting", new ComboBox<>(text("forum.meeting")));
        List<MeetingSummary> coming = meetings.meetings(forumId).stream()
                .filter(m -> m.status().agendaOpen() && m.endsAt().isAfter(now))
                .toList();
        meeting.setItems(coming);
        meeting.setItemLabelGenerator(
                m -> m.title() + " · " + ForumUi.when(m, UI.getCurrent().getLocale()));
        meeting.setRequired(true);
        if (coming.isEmpty()) {
            meeting.setHelperText(text("forum.backlog.no-coming-meeting"));
        }
        ComboBox<SectionView> section = d.add("section", new ComboBox<>(text("forum.section")));
        section.setItemLabelGenerator(s -> text("forum.section." + s.kind()));
        section.setRequired(true);
        meeting.addValueChangeListener(e -> {
            section.clear();
            section.setItems(
                    e.getValue() == null
                            ? List.of()
                            : agendas.agenda(e.getValue().id()).sections());
        });
        binder.forField(meeting)
                .asRequired(text("forum.error.choose-meeting"))
                .bind(p -> p.meeting, (p, v) -> p.meeting = v);
        binder.forField(section)
                .asRequired(text("forum.error.choose-section"))
                .bind(p -> p.section, (p, v) -> p.section = v);
        d.edit(new Planning());
        if (coming.size() == 1) {
            meeting.setValue(coming.getFirst());
        }
        return d;
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    static final class Planning {
        MeetingSummary meeting;
        SectionView section;
    }
}
