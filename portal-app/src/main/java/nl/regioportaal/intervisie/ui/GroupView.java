package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.PrivacyFeedback;
import nl.regioportaal.intervisie.IntervisieModel.GroupSummary;
import nl.regioportaal.intervisie.IntervisieModel.MemberRow;
import nl.regioportaal.intervisie.IntervisieModel.MethodView;
import nl.regioportaal.intervisie.IntervisieModel.SeriesDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.intervisie.LiveSessionService;
import nl.regioportaal.intervisie.MethodService;
import nl.regioportaal.intervisie.PeerGroupService;
import nl.regioportaal.intervisie.PeerRole;
import nl.regioportaal.intervisie.PeerSessionService;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.privacy.PrivacyGuard;

/**
 * One peer group: its members and facilitation (the process supervisor adds and removes members and
 * changes who leads the sessions), its sessions with their roles, planning a session or a series, how
 * long case texts are kept, the group's average ratings over time and the lessons it kept. Only who
 * takes part sees the sessions (the service refuses the rest).
 */
@Route("intervisie/groep/:groupId")
@PermitAll
public class GroupView extends PortalPage implements BeforeEnterObserver {

    /** The series the planning form offers, as iCalendar rules. */
    static final Map<String, String> RULES = Map.of(
            "weekly", "FREQ=WEEKLY",
            "biweekly", "FREQ=WEEKLY;INTERVAL=2",
            "fourweekly", "FREQ=WEEKLY;INTERVAL=4",
            "monthly", "FREQ=MONTHLY");

    final H2 title = new H2();
    final Paragraph facilitation = new Paragraph();
    final UnorderedList members = new UnorderedList();
    final ComboBox<PersonSummary> newMember = new ComboBox<>();
    final Button addMember = new Button();
    final FacilitationFields facilitationFields;
    final Button saveFacilitation = new Button();
    final Grid<SessionSummary> sessions = new Grid<>(SessionSummary.class, false);
    final Select<MethodView> method = new Select<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final TextField place = new TextField();
    final Checkbox series = new Checkbox();
    final Select<String> rule = new Select<>();
    final DatePicker until = new DatePicker();
    final Button plan = new Button();
    final IntegerField retention = new IntegerField();
    final UnorderedList averages = new UnorderedList();
    final UnorderedList lessons = new UnorderedList();
    long groupId;
    /** The group's version as the page shows it. */
    private long groupVersion;
    /** Whether the user takes part, and so sees the sessions, averages and lessons. */
    private boolean takesPart;

    private final PrivacyFeedback placeGuard;
    private final transient PeerGroupService groups;
    private final transient PeerSessionService sessionService;
    private final transient MethodService methods;
    private final transient LiveSessionService live;
    private final transient PrivacyGuard guard;

    public GroupView(
            PeerGroupService groups,
            PeerSessionService sessionService,
            MethodService methods,
            LiveSessionService live,
            PrivacyGuard guard) {
        super("intervisie.group");
        this.groups = groups;
        this.sessionService = sessionService;
        this.methods = methods;
        this.live = live;
        this.guard = guard;
        newMember.setLabel(getTranslation("intervisie.members.add"));
        newMember.setId("new-member");
        newMember.setItemLabelGenerator(PersonSummary::displayName);
        // listeners and guards once: a view reused for another group builds its content again
        placeGuard = new PrivacyFeedback(place, guard);
        series.addValueChangeListener(e -> {
            rule.setVisible(e.getValue());
            until.setVisible(e.getValue());
        });
        plan.addClickListener(e -> plan());
        addMember.setText(getTranslation("intervisie.members.add-button"));
        addMember.setId("add-member");
        facilitationFields = new FacilitationFields();
        saveFacilitation.setText(getTranslation("intervisie.facilitation.save"));
        saveFacilitation.setId("save-facilitation");
        saveFacilitation.addClickListener(e -> changeFacilitation());
        addMember.addClickListener(e -> changeMembers(() -> {
            if (newMember.getValue() == null) {
                throw ValidationFailedException.of("members", "intervisie.error.person");
            }
            groups.addMember(groupId, newMember.getValue().id());
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        groupId = event.getRouteParameters().getLong("groupId").orElse(-1L);
        GroupSummary group;
        try {
            group = groups.group(groupId);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title.setText(group.name());
        showFacilitation(group);
        add(title, facilitation, new H3(getTranslation("intervisie.members")), members);
        boolean manages = groups.mayManage();
        showMembers(manages);
        if (manages) {
            facilitationFields.show(group.facilitation(), group.facilitatorPersonId(), groups.facilitatorCandidates());
            HorizontalLayout adding = new HorizontalLayout(newMember, addMember);
            adding.setAlignItems(FlexComponent.Alignment.BASELINE);
            HorizontalLayout leading = new HorizontalLayout(
                    facilitationFields.facilitation, facilitationFields.facilitator, saveFacilitation);
            leading.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(adding, leading);
        }
        takesPart = group.myStanding().takesPart();
        if (takesPart) {
            buildSessions();
            retention.setValue(group.retentionDays());
        }
    }

    /** The members; who manages peer supervision can take one out, or add someone not yet in. */
    private void showMembers(boolean manages) {
        members.removeAll();
        List<MemberRow> current = groups.members(groupId);
        for (MemberRow m : current) {
            ListItem item = new ListItem(
                    new Span(m.active() ? m.name() : getTranslation("intervisie.members.inactive", m.name())));
            if (manages) {
                Button remove = new Button(
                        getTranslation("intervisie.members.remove"),
                        e -> changeMembers(() -> groups.removeMember(groupId, m.personId())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setId("remove-member-" + m.personId());
                remove.setAriaLabel(getTranslation("intervisie.members.remove") + ": " + m.name());
                item.add(new Text(" "), remove);
            }
            members.add(item);
        }
        if (manages) {
            Set<Long> in = current.stream().map(MemberRow::personId).collect(Collectors.toSet());
            newMember.setItems(groups.memberCandidates().stream()
                    .filter(p -> !in.contains(p.id()))
                    .toList());
            newMember.clear();
        }
    }

    private void showFacilitation(GroupSummary group) {
        groupVersion = group.version();
        facilitation.setText(
                group.facilitatorName() == null
                        ? getTranslation("intervisie.facilitation." + group.facilitation())
                        : getTranslation(
                                "intervisie.facilitation.fixed-by",
                                group.facilitatorActive()
                                        ? group.facilitatorName()
                                        : getTranslation("intervisie.members.inactive", group.facilitatorName())));
    }

    /**
     * The process supervisor changes who leads the sessions; the coming sessions follow. A change by
     * someone else since the page showed the group is shown, not overwritten.
     */
    private void changeFacilitation() {
        try {
            if (!IntervisieUi.save(
                    () -> groups.setFacilitation(
                            groupId, groupVersion, facilitationFields.chosen(), facilitationFields.facilitatorId()),
                    Map.of("facilitator", facilitationFields.facilitator))) {
                return;
            }
        } catch (ConcurrentEditException e) {
            Notification.show(getTranslation("form.error.concurrent"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        GroupSummary now = groups.group(groupId);
        showFacilitation(now);
        facilitationFields.show(now.facilitation(), now.facilitatorPersonId(), groups.facilitatorCandidates());
        if (takesPart) {
            refresh();
        }
    }

    private void changeMembers(Runnable change) {
        if (IntervisieUi.save(change, Map.of("members", newMember))) {
            showMembers(true);
            if (takesPart) {
                refresh();
            }
        }
    }

    private void buildSessions() {
        sessions.removeAllColumns();
        sessions.addComponentColumn(s -> IntervisieUi.sessionLink(s, IntervisieUi.when(s)))
                .setHeader(getTranslation("intervisie.when"))
                .setFlexGrow(2);
        sessions.addColumn(SessionSummary::methodName).setHeader(getTranslation("intervisie.method"));
        sessions.addColumn(s -> getTranslation("intervisie.status." + s.status()))
                .setHeader(getTranslation("intervisie.state"));
        for (PeerRole role : PeerRole.values()) {
            sessions.addColumn(s -> s.roleNames().getOrDefault(role, ""))
                    .setHeader(getTranslation("intervisie.role." + role));
        }
        sessions.setAriaLabel(getTranslation("intervisie.sessions"));
        sessions.setAllRowsVisible(true);

        method.setLabel(getTranslation("intervisie.method"));
        method.setItems(methods.activeMethods());
        method.setItemLabelGenerator(m -> m.nameNl() + " (" + m.totalMinutes() + " min)");
        method.setId("plan-method");
        startsAt.setLabel(getTranslation("intervisie.starts-at"));
        startsAt.setId("plan-starts-at");
        place.setLabel(getTranslation("intervisie.place"));
        series.setLabel(getTranslation("intervisie.series"));
        rule.setLabel(getTranslation("intervisie.series.rule"));
        rule.setItems("weekly", "biweekly", "fourweekly", "monthly");
        rule.setItemLabelGenerator(r -> getTranslation("intervisie.series." + r));
        rule.setValue("fourweekly");
        until.setLabel(getTranslation("intervisie.series.until"));
        rule.setVisible(false);
        until.setVisible(false);
        plan.setText(getTranslation("intervisie.plan"));
        plan.setId("plan-session");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(method, startsAt, place, placeGuard, series, rule, until);

        retention.setLabel(getTranslation("intervisie.retention"));
        retention.setHelperText(getTranslation("intervisie.retention.help"));
        retention.setId("retention-days");
        Button saveRetention = IntervisieUi.button(
                "intervisie.retention.save",
                "save-retention",
                () -> IntervisieUi.save(
                        () -> groups.setRetentionDays(groupId, retention.getValue() == null ? 0 : retention.getValue()),
                        Map.of("retentionDays", retention)));

        averages.setId("averages");
        lessons.setId("lessons");
        add(
                new H3(getTranslation("intervisie.sessions")),
                sessions,
                new H3(getTranslation("intervisie.plan")),
                form,
                plan,
                new H3(getTranslation("intervisie.evaluation.averages")),
                averages,
                new H3(getTranslation("intervisie.lessons")),
                lessons,
                new HorizontalLayout(retention, saveRetention));
        refresh();
    }

    void refresh() {
        sessions.setItems(sessionService.sessions(groupId));
        averages.removeAll();
        live.averages(groupId)
                .forEach(a -> averages.add(new ListItem(getTranslation(
                        "intervisie.evaluation.average",
                        PortalFormats.date(a.date(), getLocale()),
                        PortalFormats.number(a.average(), 1, getLocale()),
                        a.ratings()))));
        if (averages.getChildren().findAny().isEmpty()) {
            averages.add(new ListItem(getTranslation("intervisie.evaluation.none")));
        }
        lessons.removeAll();
        List<String> kept = live.keptLessons(groupId);
        kept.forEach(l -> lessons.add(new ListItem(l)));
        if (kept.isEmpty()) {
            lessons.add(new ListItem(getTranslation("intervisie.lessons.none")));
        }
    }

    private void plan() {
        long methodId = method.getValue() == null ? -1 : method.getValue().methodId();
        if (!IntervisieUi.blocked(placeGuard)
                && IntervisieUi.save(
                        () -> {
                            if (series.getValue()) {
                                sessionService.planSeries(
                                        groupId,
                                        new SeriesDraft(
                                                methodId,
                                                startsAt.getValue(),
                                                RULES.get(rule.getValue()),
                                                until.getValue(),
                                                place.getValue()));
                            } else {
                                sessionService.planSession(
                                        groupId, new SessionDraft(methodId, startsAt.getValue(), place.getValue()));
                            }
                        },
                        Map.of("startsAt", startsAt, "method", method, "place", place, "until", until, "rule", rule))) {
            refresh();
        }
    }
}
