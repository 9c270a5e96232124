package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.PrivacyFeedback;
import nl.regioportaal.intervisie.CaseService;
import nl.regioportaal.intervisie.IntervisieModel.CaseView;
import nl.regioportaal.intervisie.IntervisieModel.MemberRow;
import nl.regioportaal.intervisie.IntervisieModel.MethodView;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.intervisie.MethodService;
import nl.regioportaal.intervisie.PeerAnswer;
import nl.regioportaal.intervisie.PeerGroupService;
import nl.regioportaal.intervisie.PeerRole;
import nl.regioportaal.intervisie.PeerSessionService;
import nl.regioportaal.intervisie.SessionStatus;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One session before it starts: when, the method (the version it was planned with) and its phases,
 * the proposed roles (a member may set one by hand), the answers "I attend / I am absent", the
 * case questions with their votes, and moving or cancelling it. Writing a case goes through the privacy guard while typing and
 * on save; a block names the fragment next to the field and nothing is saved.
 */
@Route("intervisie/sessie/:sessionId")
@PermitAll
public class SessionView extends PortalPage implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph when = new Paragraph();
    final UnorderedList roles = new UnorderedList();
    final RadioButtonGroup<PeerAnswer> rsvp = new RadioButtonGroup<>();
    final Select<PeerRole> overrideRole = new Select<>();
    final Select<MemberRow> overridePerson = new Select<>();
    final Div caseBox = new Div();
    final TextArea question = new TextArea();
    final Button saveQuestion = new Button();
    final Anchor liveLink = new Anchor();
    final Span cancelled = new Span();
    final DateTimePicker newStart = new DateTimePicker();
    final TextField newPlace = new TextField();
    final Button move = new Button();
    final Button cancel = new Button();
    long sessionId;
    SessionSummary session;
    private final PrivacyFeedback questionGuard;
    private final PrivacyFeedback placeGuard;
    private final transient PeerSessionService sessions;
    private final transient CaseService cases;
    private final transient MethodService methods;
    private final transient PeerGroupService groups;
    private final transient PrivacyGuard guard;

    public SessionView(
            PeerSessionService sessions,
            CaseService cases,
            MethodService methods,
            PeerGroupService groups,
            PrivacyGuard guard) {
        super("intervisie.session");
        this.sessions = sessions;
        this.cases = cases;
        this.methods = methods;
        this.groups = groups;
        this.guard = guard;
        // set up once: the page is built again after a move, and a field keeps its listeners
        question.setLabel(getTranslation("intervisie.case.question"));
        question.setHelperText(getTranslation("intervisie.case.question.help"));
        question.setMaxLength(1000);
        question.setWidthFull();
        question.setId("case-question");
        questionGuard = new PrivacyFeedback(question, guard);
        saveQuestion.setText(getTranslation("intervisie.case.save"));
        saveQuestion.setId("save-case");
        saveQuestion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveQuestion.addClickListener(e -> {
            if (IntervisieUi.save(
                    () -> cases.writeCase(
                            sessionId,
                            question.getValue(),
                            questionGuard.overrideReason().orElse(null)),
                    Map.of("question", question),
                    questionGuard)) {
                refresh();
            }
        });
        newStart.setLabel(getTranslation("intervisie.move.starts-at"));
        newStart.setId("move-starts-at");
        newPlace.setLabel(getTranslation("intervisie.place"));
        newPlace.setId("move-place");
        newPlace.setMinWidth("18em");
        placeGuard = new PrivacyFeedback(newPlace, guard);
        move.setText(getTranslation("intervisie.move"));
        move.setId("move-session");
        move.addClickListener(e -> {
            if (!IntervisieUi.blocked(placeGuard)) {
                reschedule(
                        () -> sessions.moveSession(
                                sessionId, session.version(), newStart.getValue(), newPlace.getValue()),
                        Map.of("startsAt", newStart, "place", newPlace));
            }
        });
        cancel.setText(getTranslation("intervisie.cancel"));
        cancel.setId("cancel-session");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> confirmCancel());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            show();
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Builds the page for the session as it is now (again after it was moved or cancelled). */
    private void show() {
        session = sessions.session(sessionId);
        removeAll();
        MethodView method = methods.version(session.methodVersionId());
        title.setText(session.groupName());
        when.setText(IntervisieUi.when(session) + (session.place() == null ? "" : ", " + session.place()));
        Anchor groupLink = new Anchor("intervisie/groep/" + session.groupId(), getTranslation("intervisie.to-group"));
        liveLink.setHref("intervisie/sessie/" + sessionId + "/live");
        liveLink.setText(getTranslation("intervisie.to-live"));
        liveLink.setId("to-live");
        OrderedList phases = new OrderedList();
        method.phases()
                .forEach(p -> phases.add(new ListItem(
                        (IntervisieUi.english() ? p.nameEn() : p.nameNl()) + " (" + p.minutes() + " min)")));
        cancelled.setText(getTranslation("intervisie.status.CANCELLED"));
        cancelled.getElement().getThemeList().add("badge error");
        cancelled.setVisible(session.status() == SessionStatus.CANCELLED);
        liveLink.setVisible(session.status() != SessionStatus.CANCELLED);
        add(
                title,
                when,
                cancelled,
                new HorizontalLayout(groupLink, liveLink),
                new H3(getTranslation(
                        "intervisie.method.version",
                        IntervisieUi.english() ? method.nameEn() : method.nameNl(),
                        method.number())),
                phases,
                new H3(getTranslation("intervisie.roles")),
                roles);
        if (session.status() == SessionStatus.PLANNED) {
            buildPlanned();
        }
        add(new H3(getTranslation("intervisie.cases")), caseBox);
        refresh();
        if (session.status() == SessionStatus.PLANNED) {
            buildReschedule();
        }
    }

    /** Another time or place, or no session at all: everyone invited hears of it. */
    private void buildReschedule() {
        newStart.setValue(session.startsAt());
        newPlace.setValue(session.place() == null ? "" : session.place());
        HorizontalLayout moving = new HorizontalLayout(newStart, newPlace, move);
        moving.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("intervisie.reschedule")), moving, placeGuard, cancel);
    }

    /**
     * Moves or cancels; the page then shows the session as it is now. When someone else changed it
     * meanwhile, nothing is saved and the page says so and shows their change.
     */
    private void reschedule(Runnable change, Map<String, ? extends Component> fields) {
        try {
            if (IntervisieUi.save(change, fields)) {
                show();
            }
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            Notification.show(getTranslation("form.error.concurrent"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            show();
        }
    }

    private void confirmCancel() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("intervisie.cancel"));
        confirm.setText(getTranslation("intervisie.cancel.confirm", IntervisieUi.when(session)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("intervisie.cancel.keep"));
        confirm.setConfirmText(getTranslation("intervisie.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(
                e -> reschedule(() -> sessions.cancelSession(sessionId, session.version()), Map.of()));
        confirm.open();
    }

    private void buildPlanned() {
        overrideRole.setLabel(getTranslation("intervisie.override.role"));
        overrideRole.setItems(PeerRole.values());
        overrideRole.setItemLabelGenerator(r -> getTranslation("intervisie.role." + r));
        overridePerson.setLabel(getTranslation("intervisie.override.person"));
        overridePerson.setItems(groups.members(session.groupId()));
        overridePerson.setItemLabelGenerator(MemberRow::name);
        Button override = IntervisieUi.button("intervisie.override", "override-role", () -> {
            if (overrideRole.getValue() != null && overridePerson.getValue() != null) {
                IntervisieUi.save(
                        () -> sessions.overrideRole(
                                sessionId,
                                overrideRole.getValue(),
                                overridePerson.getValue().personId()),
                        Map.of("role", overrideRole));
                refresh();
            }
        });
        rsvp.setLabel(getTranslation("intervisie.rsvp"));
        rsvp.setItems(PeerAnswer.values());
        rsvp.setItemLabelGenerator(a -> getTranslation("intervisie.rsvp." + a));
        rsvp.setValue(sessions.myAnswer(sessionId));
        rsvp.setId("rsvp");
        Button saveRsvp = IntervisieUi.button("intervisie.rsvp.save", "save-rsvp", () -> {
            if (rsvp.getValue() != null) {
                IntervisieUi.save(() -> sessions.answer(sessionId, rsvp.getValue()), Map.of());
                refresh();
            }
        });
        add(
                new HorizontalLayout(rsvp, saveRsvp),
                new HorizontalLayout(overrideRole, overridePerson, override),
                question,
                questionGuard,
                saveQuestion);
    }

    void refresh() {
        session = sessions.session(sessionId);
        long me = sessions.me();
        roles.removeAll();
        for (PeerRole role : PeerRole.values()) {
            String name = session.roleNames().getOrDefault(role, getTranslation("intervisie.role.open"));
            Long holder = session.roles().get(role);
            boolean mine = holder != null && holder == me;
            ListItem item = new ListItem(getTranslation("intervisie.role." + role) + ": " + name
                    + (mine ? " (" + getTranslation("intervisie.you") + ")" : ""));
            item.setId("role-" + role.name().toLowerCase());
            roles.add(item);
        }
        boolean mayWrite = session.status() == SessionStatus.PLANNED
                && (session.groupChooses() || IntervisieUi.holds(session, PeerRole.CASE_BRINGER, me));
        question.setVisible(mayWrite);
        saveQuestion.setVisible(mayWrite);
        questionGuard.setVisible(mayWrite);
        caseBox.removeAll();
        var all = cases.cases(sessionId);
        if (all.isEmpty()) {
            caseBox.add(new Paragraph(getTranslation("intervisie.cases.none")));
        }
        UnorderedList list = new UnorderedList();
        for (CaseView c : all) {
            ListItem item = new ListItem(new Span(c.question()));
            item.setId("case-" + c.id());
            Span votes = new Span(" " + getTranslation("intervisie.case.votes", c.votes()));
            item.add(votes);
            if (session.status() == SessionStatus.PLANNED) {
                Button vote = new Button(getTranslation(c.myVote() ? "intervisie.case.voted" : "intervisie.case.vote"));
                vote.setId("vote-" + c.id());
                vote.setEnabled(!c.myVote());
                vote.addThemeVariants(ButtonVariant.LUMO_SMALL);
                vote.setAriaLabel(getTranslation("intervisie.case.vote") + ": " + c.question());
                vote.addClickListener(e -> {
                    IntervisieUi.step(() -> cases.vote(sessionId, c.id()));
                    refresh();
                });
                item.add(vote);
            }
            if (c.mine() && question.isEmpty()) {
                question.setValue(c.question());
            }
            list.add(item);
        }
        caseBox.add(list);
    }
}
