package nl.regioportaal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.InterestService;
import nl.regioportaal.training.TrainingModel;
import nl.regioportaal.training.TrainingModel.CourseDetails;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import nl.regioportaal.training.TrainingQueries;
import nl.regioportaal.training.TrainingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course with its sessions. The enrol button says beforehand what will happen (a seat, or the
 * place on the waiting list), so enrolling is two clicks: open the course, press the button.
 */
@Route("scholing/cursus/:courseId")
@PermitAll
public class CourseView extends PortalPage implements BeforeEnterObserver {

    private static final Logger AUDIT = LoggerFactory.getLogger("nl.regioportaal.security.audit");

    private final transient TrainingQueries training;
    private final transient EnrolmentService enrolments;
    private final transient InterestService interest;
    /** Where the outcome of a course-level action (interest) is shown, as a session's is in its card. */
    private static final long COURSE_FEEDBACK = -1L;

    private final Div content = new Div();
    private final Div announcer = new Div();
    private Long feedbackSession;
    private String feedbackText;
    private boolean feedbackError;
    /** People who take courses themselves (the audience of "interesse tonen"). */
    private final boolean learner;

    private final List<PersonSummary> teamMembers;
    private final boolean mayEnrol;
    private long courseId;

    public CourseView(
            TrainingQueries training,
            EnrolmentService enrolments,
            InterestService interest,
            RegionDirectory directory,
            CurrentUser currentUser) {
        super("training.course.title");
        this.training = training;
        this.enrolments = enrolments;
        this.interest = interest;
        PortalUser user = currentUser.require();
        // a provider's representative reads the catalogue but is not its audience
        mayEnrol = !user.hasRole(Role.PROVIDER) || user.hasAnyRole(Role.PROFESSIONAL, Role.TEAM_LEADER, Role.MANAGER);
        learner = user.hasAnyRole(Role.PROFESSIONAL, Role.TEAM_LEADER);
        // a team leader may enrol the members of their own team(s)
        teamMembers = !user.hasRole(Role.TEAM_LEADER)
                ? List.of()
                : user.teamIds().stream()
                        .flatMap(t -> directory.activeMembersOf(t).stream())
                        .filter(p -> p.id() != user.personId())
                        .distinct()
                        .sorted(Comparator.comparing(PersonSummary::displayName))
                        .toList();
        // one live region that stays on the page, so that screen readers announce each outcome
        announcer.addClassName("rp-sr-only");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(new Anchor("scholing", getTranslation("training.course.back")), announcer, content);
    }

    static RouteParameters params(long courseId) {
        return new RouteParameters("courseId", String.valueOf(courseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // "abc" or an id beyond long is an unknown course like any other: refused in one log line, not a stack trace
        courseId = event.getRouteParameters()
                .get("courseId")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(-1L);
        try {
            render();
        } catch (AccessDeniedException refused) {
            // thrown from here it would reach the generic error page as an ERROR with a stack trace; it is a
            // refusal: the same page as an unknown address, one line in the security log
            AUDIT.warn("route refused path={} reason={}", event.getLocation().getPath(), refused.getMessage());
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        content.removeAll();
        CourseDetails c = training.course(courseId);
        content.add(new H3(c.title()));
        content.add(
                new Paragraph(getTranslation(c.mandatory() ? "training.course.mandatory" : "training.course.optional")
                        + " · "
                        + getTranslation(
                                "training.course.hours-text",
                                c.hours().stripTrailingZeros().toPlainString())
                        + (c.provider() == null ? "" : " · " + c.provider())
                        + (c.validityMonths() == null
                                ? ""
                                : " · " + getTranslation("training.course.validity", c.validityMonths()))));
        if (c.description() != null) {
            content.add(new Paragraph(c.description()));
        }
        if (c.myStatus() != null && c.myStatus().state() != TrainingState.NOT_REQUIRED) {
            Paragraph status = new Paragraph(getTranslation("training.course.my-status") + " ");
            status.add(TrainingUi.stateBadge(
                    c.myStatus().state(), MyTrainingView.statusText(this, c.myStatus(), c.myOpenEnrolment())));
            content.add(status);
        }
        content.add(new H4(getTranslation("training.course.sessions")));
        if (c.sessions().isEmpty()) {
            content.add(new Paragraph(getTranslation("training.catalogue.no-sessions")));
        }
        c.sessions().forEach(s -> content.add(withFeedback(sessionCard(c, s), s.id())));
        if (!c.hasOpenSession() && learner && c.myOpenEnrolment() == null) {
            content.add(withFeedback(interestBlock(c), COURSE_FEEDBACK));
        }
    }

    /** No session to choose: show interest (or withdraw it) and be told when one opens. */
    private Div interestBlock(CourseDetails c) {
        Div block = new Div();
        block.setId("interest");
        Button button;
        if (c.interested()) {
            block.add(new Paragraph(getTranslation("training.course.interest.mine")));
            button = new Button(
                    getTranslation("training.course.interest.withdraw"),
                    e -> act(COURSE_FEEDBACK, () -> {
                        interest.withdrawInterest(c.id());
                        notify(getTranslation("training.course.interest.withdrawn"));
                    }));
            button.setId("withdraw-interest");
        } else {
            block.add(new Paragraph(getTranslation("training.course.interest.text")));
            button = new Button(
                    getTranslation("training.course.interest"),
                    e -> act(COURSE_FEEDBACK, () -> {
                        interest.showInterest(c.id());
                        notify(getTranslation("training.course.interest.shown"));
                    }));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setId("show-interest");
        }
        block.add(button);
        return block;
    }

    private Div sessionCard(CourseDetails c, SessionInfo s) {
        Div card = new Div();
        card.addClassName("rp-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        card.add(new Paragraph(s.dates().stream()
                .map(d -> TrainingUi.dateTime(d.start()) + "–" + d.end().toLocalTime())
                .collect(Collectors.joining(", "))));
        card.add(new Paragraph((s.place() != null ? s.place() : s.onlineLink())
                + (s.trainerName() == null
                        ? ""
                        : " · " + getTranslation("training.session.trainer", s.trainerName()))));
        if (s.cancelled()) {
            card.add(new Paragraph(getTranslation("training.session.cancelled")));
            return card;
        }
        card.add(new Paragraph(getTranslation("training.session.seats", s.openSeats(), s.seats(), s.waiting())));
        if (!teamMembers.isEmpty() && s.preview().outcome() != TrainingModel.Outcome.CLOSED) {
            card.add(teamEnrolment(c, s));
        }
        if (s.myEnrolmentStatus() != null && s.myEnrolmentStatus().isOpen()) {
            card.add(new Span(
                    switch (s.myEnrolmentStatus()) {
                        case WAITING -> getTranslation("training.session.my-waiting", s.myWaitingPosition());
                        case AWAITING_APPROVAL -> getTranslation("training.session.my-request");
                        default -> getTranslation("training.session.my-seat");
                    }));
            if (s.myCancellable()) {
                String when = TrainingUi.dateTime(s.dates().getFirst().start());
                Button cancel = new Button(
                        getTranslation("training.session.cancel"),
                        e -> TrainingUi.confirmCancel(
                                this,
                                c.title(),
                                when,
                                () -> act(s.id(), () -> {
                                    enrolments.cancel(s.myEnrolmentId());
                                    notify(getTranslation("training.session.cancelled-mine"));
                                })));
                cancel.setId("cancel-" + s.id());
                card.add(cancel);
            }
            return card;
        }
        if (!mayEnrol) {
            return card;
        }
        if (s.afterMyDeadline()) {
            card.add(new Paragraph(getTranslation(
                    "training.enrol.after-deadline.note",
                    TrainingUi.date(c.myStatus().deadline()))));
        }
        Button enrol = new Button(enrolText(c, s));
        enrol.setId("enrol-" + s.id());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.setEnabled(
                switch (s.preview().outcome()) {
                    case SEAT, APPROVAL, WAITING_LIST -> true;
                    default -> false;
                });
        Runnable enrolNow = () -> act(s.id(), () -> {
            EnrolResult r = enrolments.enrol(s.id());
            notify(
                    switch (r.status()) {
                        case ENROLLED -> getTranslation("training.session.enrolled");
                        case AWAITING_APPROVAL -> getTranslation("training.session.requested");
                        default -> getTranslation("training.session.waiting", r.waitingPosition());
                    });
        });
        enrol.addClickListener(e -> {
            if (!s.afterMyDeadline()) {
                enrolNow.run();
                return;
            }
            TrainingUi.confirm(
                    "deadline-confirm",
                    getTranslation("training.enrol.after-deadline.header"),
                    getTranslation(
                            "training.enrol.after-deadline.text",
                            TrainingUi.date(c.myStatus().deadline()),
                            c.title()),
                    getTranslation("training.enrol.after-deadline.ok"),
                    getTranslation("training.enrol.after-deadline.back"),
                    enrolNow);
        });
        card.add(enrol);
        return card;
    }

    private HorizontalLayout teamEnrolment(CourseDetails c, SessionInfo s) {
        ComboBox<PersonSummary> member = new ComboBox<>(getTranslation("training.session.team-member"));
        member.setItems(teamMembers);
        member.setItemLabelGenerator(PersonSummary::displayName);
        member.setId("member-" + s.id());
        LocalDate firstDay = s.dates().getFirst().start().toLocalDate();
        // the member's deadline warns the team leader as a professional's own warns them
        member.addValueChangeListener(e -> member.setHelperText(
                e.getValue() == null
                        ? ""
                        : TrainingUi.memberDeadlineNote(
                                this,
                                training.deadlineOf(e.getValue().id(), c.id()).orElse(null),
                                firstDay,
                                e.getValue().displayName())));
        Button enrol = new Button(getTranslation("training.session.enrol-member"), e -> {
            if (member.getValue() == null) {
                member.setInvalid(true);
                member.setErrorMessage(getTranslation("training.sessions.required"));
                return;
            }
            PersonSummary who = member.getValue();
            LocalDate deadline = training.deadlineOf(who.id(), c.id()).orElse(null);
            TrainingUi.enrolMember(
                    this,
                    deadline,
                    firstDay,
                    who.displayName(),
                    c.title(),
                    () -> act(s.id(), () -> {
                        EnrolResult r = enrolments.enrol(s.id(), who.id());
                        notify(
                                r.status() == EnrolmentStatus.ENROLLED
                                        ? getTranslation("training.session.member-enrolled", who.displayName())
                                        : getTranslation(
                                                "training.session.member-waiting",
                                                who.displayName(),
                                                r.waitingPosition()));
                    }));
        });
        enrol.setId("enrol-member-" + s.id());
        HorizontalLayout row = new HorizontalLayout(member, enrol);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    String enrolText(CourseDetails c, SessionInfo s) {
        return switch (s.preview().outcome()) {
            case SEAT -> getTranslation("training.enrol.seat");
            case APPROVAL -> getTranslation("training.enrol.approval");
            case WAITING_LIST ->
                getTranslation("training.enrol.waiting-list", s.preview().waitingPosition());
            // the open place may be in another session: say which kind it is
            case ALREADY_OPEN ->
                getTranslation(
                        switch (c.myOpenEnrolment()) {
                            case WAITING -> "training.enrol.already-waiting";
                            case AWAITING_APPROVAL -> "training.enrol.already-requested";
                            case null, default -> "training.enrol.already";
                        });
            case CLOSED -> getTranslation("training.enrol.closed");
        };
    }

    /** Runs an action on a session; its outcome, success or refusal, is shown in that session's card. */
    private void act(long sessionId, Runnable action) {
        feedbackSession = sessionId;
        feedbackText = null;
        feedbackError = false;
        try {
            action.run();
        } catch (ValidationFailedException e) {
            feedbackError = true;
            feedbackText = e.fieldErrors().values().stream()
                    .map(FieldErrors::translate)
                    .collect(Collectors.joining(" "));
        }
        render();
        announcer.setText(feedbackText == null ? "" : feedbackText);
    }

    private void notify(String text) {
        feedbackText = text;
    }

    private Div withFeedback(Div card, long sessionId) {
        if (feedbackText != null && feedbackSession != null && feedbackSession == sessionId) {
            Paragraph feedback = new Paragraph(feedbackText);
            feedback.addClassName("rp-feedback");
            feedback.setId(sessionId == COURSE_FEEDBACK ? "feedback-course" : "feedback-" + sessionId);
            if (feedbackError) {
                feedback.getElement().setAttribute("data-error", true);
            }
            card.add(feedback);
        }
        return card;
    }
}
