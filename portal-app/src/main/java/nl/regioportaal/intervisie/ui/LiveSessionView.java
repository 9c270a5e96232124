package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.PrivacyFeedback;
import nl.regioportaal.intervisie.IntervisieModel.LiveState;
import nl.regioportaal.intervisie.IntervisieModel.PhaseState;
import nl.regioportaal.intervisie.LiveSessionService;
import nl.regioportaal.intervisie.SessionStatus;
import nl.regioportaal.shared.privacy.PrivacyGuard;

/**
 * The live session: the current phase, its instruction and who speaks, a countdown, the chosen
 * case, and the facilitator's start, pause, one minute more and next phase. Every participant's
 * page follows through server push without reloading; the countdown runs in the browser from the
 * remaining time the server computes from the stored phase start, so a reload shows the same time.
 * The minute taker records agreements and the lesson learned; afterwards each participant rates
 * the session.
 */
@Route("intervisie/sessie/:sessionId/live")
@PermitAll
public class LiveSessionView extends PortalPage implements BeforeEnterObserver {

    /** Counts down in the browser from the seconds the server gives; stops while paused. */
    /** How soon a page on another node than the facilitator's shows a change. */
    static final int OTHER_NODE_POLL_MILLIS = 5000;

    private static final String COUNTDOWN_JS = """
            const el = this; clearInterval(el.__rpTimer);
            const end = Date.now() + $0 * 1000;
            const show = () => { const s = Math.round((end - Date.now()) / 1000); const a = Math.abs(s);
              el.textContent = (s < 0 ? '-' : '') + Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0'); };
            show(); if ($1) { el.__rpTimer = setInterval(show, 1000); }
            """;

    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final H3 phaseName = new H3();
    final Paragraph instruction = new Paragraph();
    final Paragraph speaker = new Paragraph();
    final Span countdown = new Span();
    final Paragraph chosenCase = new Paragraph();
    final OrderedList phaseList = new OrderedList();
    final Button start = IntervisieUi.button("intervisie.live.start", "live-start", () -> step(Step.START));
    final Button pause = IntervisieUi.button("intervisie.live.pause", "live-pause", () -> step(Step.PAUSE));
    final Button resume = IntervisieUi.button("intervisie.live.resume", "live-resume", () -> step(Step.RESUME));
    final Button extend = IntervisieUi.button("intervisie.live.extend", "live-extend", () -> step(Step.EXTEND));
    final Button next = IntervisieUi.button("intervisie.live.next", "live-next", () -> step(Step.NEXT));
    final HorizontalLayout controls = new HorizontalLayout(start, pause, resume, extend, next);
    final TextArea agreements = new TextArea();
    final TextArea lesson = new TextArea();
    final Checkbox keepLesson = new Checkbox();
    final Button saveNotes = new Button();
    final Div notesBox = new Div();
    final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    final TextField remark = new TextField();
    final Div evaluationBox = new Div();
    long sessionId;
    LiveState state;
    private final PrivacyFeedback agreementsGuard;
    private final PrivacyFeedback lessonGuard;
    private final PrivacyFeedback remarkGuard;
    private Registration registration;
    private final transient LiveSessionService live;
    private final transient LiveBroadcaster broadcaster;
    private Registration pollRegistration;

    private enum Step {
        START,
        PAUSE,
        RESUME,
        EXTEND,
        NEXT
    }

    public LiveSessionView(LiveSessionService live, LiveBroadcaster broadcaster, PrivacyGuard guard) {
        super("intervisie.live");
        this.live = live;
        this.broadcaster = broadcaster;
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("live-status");
        phaseName.setId("phase-name");
        instruction.setId("phase-instruction");
        countdown.setId("countdown");
        countdown.getElement().setAttribute("role", "timer");
        countdown.getStyle().set("font-size", "2.5rem").set("font-variant-numeric", "tabular-nums");
        chosenCase.setId("chosen-case");
        Div phaseBox = new Div(phaseName, instruction, speaker);
        // a new phase is announced once; the countdown itself is not read out every second
        phaseBox.getElement().setAttribute("aria-live", "polite");

        agreements.setLabel(getTranslation("intervisie.notes.agreements"));
        agreements.setId("agreements");
        agreements.setWidthFull();
        agreements.setMaxLength(4000);
        lesson.setLabel(getTranslation("intervisie.notes.lesson"));
        lesson.setHelperText(getTranslation("intervisie.notes.lesson.help"));
        lesson.setId("lesson");
        lesson.setWidthFull();
        lesson.setMaxLength(2000);
        agreementsGuard = new PrivacyFeedback(agreements, guard);
        lessonGuard = new PrivacyFeedback(lesson, guard);
        keepLesson.setLabel(getTranslation("intervisie.notes.keep"));
        keepLesson.setId("keep-lesson");
        saveNotes.setText(getTranslation("intervisie.notes.save"));
        saveNotes.setId("save-notes");
        saveNotes.addClickListener(e -> IntervisieUi.save(
                () -> live.recordNotes(
                        sessionId,
                        agreements.getValue(),
                        lesson.getValue(),
                        keepLesson.getValue(),
                        agreementsGuard
                                .overrideReason()
                                .or(lessonGuard::overrideReason)
                                .orElse(null)),
                Map.of("agreements", agreements, "lesson", lesson),
                agreementsGuard,
                lessonGuard));
        notesBox.add(
                new H3(getTranslation("intervisie.notes")),
                agreements,
                agreementsGuard,
                lesson,
                lessonGuard,
                keepLesson,
                saveNotes);

        score.setLabel(getTranslation("intervisie.evaluation.score"));
        score.setItems(1, 2, 3, 4, 5);
        score.setId("score");
        remark.setLabel(getTranslation("intervisie.evaluation.remark"));
        remark.setId("remark");
        remark.setMaxLength(300);
        remark.setWidthFull();
        remarkGuard = new PrivacyFeedback(remark, guard);
        Button rate = IntervisieUi.button(
                "intervisie.evaluation.save",
                "save-evaluation",
                () -> IntervisieUi.save(
                        () -> live.evaluate(
                                sessionId,
                                score.getValue() == null ? 0 : score.getValue(),
                                remark.getValue(),
                                remarkGuard.overrideReason().orElse(null)),
                        Map.of("score", score, "remark", remark),
                        remarkGuard));
        evaluationBox.add(new H3(getTranslation("intervisie.evaluation")), score, remark, remarkGuard, rate);

        H3 caseHeading = new H3(getTranslation("intervisie.live.case"));
        add(
                title,
                status,
                phaseBox,
                countdown,
                controls,
                caseHeading,
                chosenCase,
                new H3(getTranslation("intervisie.live.phases")),
                phaseList,
                notesBox,
                evaluationBox);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            refresh();
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        agreements.setValue(state.agreements() == null ? "" : state.agreements());
        lesson.setValue(state.lesson() == null ? "" : state.lesson());
        keepLesson.setValue(state.lessonKept());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        registration = broadcaster.register(sessionId, event.getUI(), ui -> refresh());
        // push reaches the pages on this node at once; a page on another node looks every few seconds
        event.getUI().setPollInterval(OTHER_NODE_POLL_MILLIS);
        pollRegistration = event.getUI().addPollListener(e -> {
            if (live.version(sessionId) != state.version()) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
        }
        if (pollRegistration != null) {
            pollRegistration.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    void refresh() {
        state = live.live(sessionId, getLocale());
        title.setText(state.session().groupName());
        status.setText(
                getTranslation(state.paused() ? "intervisie.live.paused" : "intervisie.status." + state.status()));
        PhaseState current = state.current();
        boolean running = state.status() == SessionStatus.RUNNING;
        if (state.status() == SessionStatus.PLANNED) {
            phaseName.setText(getTranslation("intervisie.live.not-started"));
            instruction.setText("");
            speaker.setText("");
        } else if (state.status() == SessionStatus.DONE || state.status() == SessionStatus.CANCELLED) {
            phaseName.setText(getTranslation(
                    state.status() == SessionStatus.DONE ? "intervisie.live.done" : "intervisie.live.cancelled"));
            instruction.setText("");
            speaker.setText("");
        } else {
            phaseName.setText(getTranslation(
                    "intervisie.live.phase", current.index() + 1, state.phases().size(), current.name()));
            instruction.setText(current.instruction());
            speaker.setText(getTranslation(
                    "intervisie.live.speaker", getTranslation("intervisie.speaker." + current.speaker())));
        }
        countdown.setVisible(running);
        countdown.getElement().setAttribute("data-remaining-seconds", String.valueOf(state.remainingSeconds()));
        countdown.getElement().setAttribute("aria-label", getTranslation("intervisie.live.remaining"));
        countdown.getElement().executeJs(COUNTDOWN_JS, state.remainingSeconds(), running && !state.paused());
        chosenCase.setText(state.chosenCase() == null ? getTranslation("intervisie.live.no-case") : state.chosenCase());
        phaseList.removeAll();
        for (PhaseState p : state.phases()) {
            ListItem item = new ListItem(p.name() + " (" + p.minutes() + " min)");
            if (running && p.index() == state.phaseIndex()) {
                item.getElement().setAttribute("aria-current", "step");
                item.getStyle().set("font-weight", "700");
            }
            phaseList.add(item);
        }
        boolean over = state.status() == SessionStatus.DONE || state.status() == SessionStatus.CANCELLED;
        controls.setVisible(state.facilitator() && !over);
        start.setVisible(state.status() == SessionStatus.PLANNED);
        pause.setVisible(running && !state.paused());
        resume.setVisible(running && state.paused());
        extend.setVisible(running);
        next.setVisible(running);
        boolean held = running || state.status() == SessionStatus.DONE;
        notesBox.setVisible((state.minuteTaker() || state.facilitator()) && held);
        evaluationBox.setVisible(held);
    }

    private void step(Step step) {
        IntervisieUi.step(() -> {
            switch (step) {
                case START -> live.start(sessionId);
                case PAUSE -> live.pause(sessionId);
                case RESUME -> live.resume(sessionId);
                case EXTEND -> live.extendOneMinute(sessionId);
                case NEXT -> live.nextPhase(sessionId);
            }
        });
        refresh();
        broadcaster.changed(sessionId, UI.getCurrent());
    }
}
