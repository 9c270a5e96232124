package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.ComplianceService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.ProviderCourses;
import nl.regioportaal.training.ProviderCourses.ProviderCourse;
import nl.regioportaal.training.TrainingModel.AttendanceSheet;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.SessionRow;
import nl.regioportaal.training.TrainingQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training cards on Start: my next session, what I still have to do, and my team's compliance. */
@Configuration(proxyBeanMethods = false)
class TrainingStartCards {

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
    }

    static String t(String key, Object... params) {
        return PortalI18NProvider.translate(key, locale(), params);
    }

    private static boolean learner(PortalUser user) {
        return user.hasAnyRole(Role.PROFESSIONAL, Role.TEAM_LEADER);
    }

    @Bean
    StartCard trainingNextSessionCard(TrainingQueries training) {
        return new StartCard() {
            public int order() {
                return 100;
            }

            public Optional<Component> create(PortalUser user) {
                if (!learner(user)) {
                    return Optional.empty();
                }
                Component text = training.myNextSession()
                        .<Component>map(e -> new Paragraph(t(
                                "training.card.next-session.text",
                                e.courseTitle(),
                                TrainingUi.dateTime(e.startsAt()),
                                e.place())))
                        .orElseGet(() -> new Paragraph(t("training.card.next-session.none")));
                return Optional.of(StartView.card(
                        t("training.card.next-session"), text, new Anchor("scholing/mijn", t("training.menu.mine"))));
            }
        };
    }

    @Bean
    StartCard trainingToDoCard(TrainingQueries training) {
        return new StartCard() {
            public int order() {
                return 101;
            }

            public Optional<Component> create(PortalUser user) {
                if (!learner(user)) {
                    return Optional.empty();
                }
                List<MyCourse> open = training.myTraining().mandatory().stream()
                        .filter(c -> !c.status().state().compliant())
                        .toList();
                if (open.isEmpty()) {
                    return Optional.of(
                            StartView.card(t("training.card.todo"), new Paragraph(t("training.card.todo.none"))));
                }
                UnorderedList list = new UnorderedList();
                open.forEach(c ->
                        list.add(new ListItem(c.title() + ": " + t(TrainingUi.stateKey(c.status(), c.openEnrolment()))
                                + (c.status().deadline() == null
                                        ? ""
                                        : " (" + TrainingUi.date(c.status().deadline()) + ")"))));
                return Optional.of(StartView.card(
                        t("training.card.todo"), list, new Anchor("scholing/mijn", t("training.menu.mine"))));
            }
        };
    }

    @Bean
    StartCard trainingTeamComplianceCard(ComplianceService compliance) {
        return new StartCard() {
            public int order() {
                return 102;
            }

            public Optional<Component> create(PortalUser user) {
                if (!user.hasAnyRole(Role.TEAM_LEADER, Role.MANAGER, Role.PROCESS_SUPERVISOR)) {
                    return Optional.empty();
                }
                ComplianceService.Rollup all = compliance.scopeTotal();
                // "mijn team", "mijn gemeente" or "de regio": the title names what the numbers cover
                return Optional.of(StartView.card(
                        t("training.card.compliance." + all.level().name()),
                        new Paragraph(t(
                                "training.card.compliance.text",
                                PortalFormats.percent(all.percent(), locale()),
                                PortalFormats.number(all.compliant(), locale()),
                                PortalFormats.number(all.required(), locale()),
                                PortalFormats.number(all.late(), locale()))),
                        new Anchor("scholing/overzicht", t("training.menu.overview"))));
            }
        };
    }

    /**
     * The trainer's card: the next sessions they run, and the sessions already under way whose
     * attendance list still has a blank (the certificate waits for it).
     */
    @Bean
    StartCard trainingTrainerCard(AttendanceService attendance, Clock clock) {
        return new StartCard() {
            public int order() {
                return 103;
            }

            public Optional<Component> create(PortalUser user) {
                if (!user.hasRole(Role.TRAINER)) {
                    return Optional.empty();
                }
                LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), PortalFormats.AMSTERDAM);
                List<SessionRow> mine = attendance.manageableSessions().stream()
                        .filter(s -> !s.cancelled())
                        .sorted(Comparator.comparing(SessionRow::startsAt))
                        .toList();
                UnorderedList upcoming = new UnorderedList();
                upcoming.setId("trainer-upcoming");
                mine.stream()
                        .filter(s -> s.startsAt().isAfter(now))
                        .limit(UPCOMING)
                        .forEach(s -> upcoming.add(new ListItem(t(
                                "training.card.trainer.session",
                                s.courseTitle(),
                                TrainingUi.dateTime(s.startsAt()),
                                s.place(),
                                s.enrolled(),
                                s.seats()))));
                UnorderedList toFill = new UnorderedList();
                toFill.setId("trainer-to-fill");
                mine.stream()
                        .filter(s -> !s.startsAt().isAfter(now)
                                && s.startsAt().isAfter(now.minusDays(ATTENDANCE_LOOKBACK_DAYS)))
                        .filter(s -> hasBlanks(attendance.attendanceSheet(s.id()), now))
                        .forEach(s ->
                                toFill.add(new ListItem(s.courseTitle() + ", " + TrainingUi.dateTime(s.startsAt()))));
                return Optional.of(StartView.card(
                        t("training.card.trainer"),
                        new H4(t("training.card.trainer.upcoming")),
                        upcoming.getChildren().findAny().isPresent()
                                ? upcoming
                                : new Paragraph(t("training.card.trainer.none")),
                        new H4(t("training.card.trainer.to-fill")),
                        toFill.getChildren().findAny().isPresent()
                                ? toFill
                                : new Paragraph(t("training.card.trainer.all-filled")),
                        new Anchor("scholing/sessies", t("training.menu.sessions"))));
            }
        };
    }

    /**
     * A provider's representative: the courses their organisation gives, with the coming sessions and
     * how full they are. Read-only; the course's page has no enrol buttons for them.
     */
    @Bean
    StartCard trainingProviderCoursesCard(ProviderCourses provided) {
        return new StartCard() {
            public int order() {
                return 104;
            }

            public Optional<Component> create(PortalUser user) {
                if (!user.hasRole(Role.PROVIDER) || user.providerId() == null) {
                    return Optional.empty();
                }
                List<ProviderCourse> courses = provided.ofMyOrganisation();
                if (courses.isEmpty()) {
                    return Optional.of(StartView.card(
                            t("training.card.provider"), new Paragraph(t("training.card.provider.none"))));
                }
                UnorderedList list = new UnorderedList();
                list.setId("provider-courses");
                for (ProviderCourse c : courses) {
                    UnorderedList sessions = new UnorderedList();
                    c.sessions()
                            .forEach(s -> sessions.add(new ListItem(
                                    s.cancelled()
                                            ? t("training.card.provider.cancelled", TrainingUi.dateTime(s.startsAt()))
                                            : t(
                                                    "training.card.provider.session",
                                                    TrainingUi.dateTime(s.startsAt()),
                                                    s.place(),
                                                    s.taken(),
                                                    s.seats(),
                                                    s.waiting()))));
                    ListItem course = new ListItem(new Anchor("scholing/cursus/" + c.id(), c.title()));
                    course.add(
                            sessions.getChildren().findAny().isPresent()
                                    ? sessions
                                    : new Paragraph(t("training.card.provider.no-sessions")));
                    list.add(course);
                }
                return Optional.of(StartView.card(t("training.card.provider"), list));
            }
        };
    }

    /** Sessions further back than this no longer nag from Start (Sessiebeheer still lists them). */
    private static final int ATTENDANCE_LOOKBACK_DAYS = 90;

    private static final int UPCOMING = 5;

    /** A day part that has begun and an attendee without a mark for it. */
    private static boolean hasBlanks(AttendanceSheet sheet, LocalDateTime now) {
        return sheet.dates().stream()
                .filter(d -> !d.start().isAfter(now))
                .anyMatch(d -> sheet.attendees().stream()
                        .filter(a -> a.status() == EnrolmentStatus.ENROLLED)
                        .anyMatch(a -> !a.attendance().containsKey(d.id())));
    }
}
