package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.CertificateService;
import nl.regioportaal.training.CertificateService.CertificateFile;
import nl.regioportaal.training.CourseStatus;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.PeerSupervisionService;
import nl.regioportaal.training.PeerSupervisionService.YearHours;
import nl.regioportaal.training.TrainingModel.CertificateInfo;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.MyEnrolment;
import nl.regioportaal.training.TrainingModel.MyTraining;
import nl.regioportaal.training.TrainingQueries;

/** "Mijn scholing": what is mandatory for me and its state, my enrolments and my certificates. */
@Route("scholing/mijn")
@Menu(title = "training.menu.mine", order = 101, icon = "vaadin:diploma")
@RolesAllowed({Role.Names.PROFESSIONAL, Role.Names.TEAM_LEADER})
public class MyTrainingView extends PortalPage {

    final Grid<MyCourse> mandatory = new Grid<>(MyCourse.class, false);
    final Grid<MyEnrolment> enrolments = new Grid<>(MyEnrolment.class, false);
    final Grid<CertificateInfo> certificates = new Grid<>(CertificateInfo.class, false);
    final Paragraph peerHours = new Paragraph();
    private final UnorderedList mandatoryList = new UnorderedList();
    private final UnorderedList enrolmentList = new UnorderedList();
    private final UnorderedList certificateList = new UnorderedList();
    private final transient TrainingQueries training;
    private final transient EnrolmentService enrolmentService;
    private final transient CertificateService certificateService;

    public MyTrainingView(
            TrainingQueries training,
            EnrolmentService enrolmentService,
            CertificateService certificateService,
            PeerSupervisionService peerSupervision) {
        super("training.mine.title");
        this.training = training;
        this.enrolmentService = enrolmentService;
        this.certificateService = certificateService;

        mandatory
                .addColumn(MyCourse::title)
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        mandatory
                .addComponentColumn(c -> TrainingUi.stateBadge(
                        c.status().state(), TrainingUi.stateText(this, c.status(), c.openEnrolment())))
                .setHeader(getTranslation("training.mine.state"))
                .setFlexGrow(2);
        mandatory
                .addColumn(c -> TrainingUi.date(c.status().deadline()))
                .setHeader(getTranslation("training.mine.deadline"));
        mandatory
                .addColumn(c -> TrainingUi.date(c.status().validUntil()))
                .setHeader(getTranslation("training.mine.valid-until"));
        mandatory
                .addComponentColumn(
                        c -> new Anchor("scholing/cursus/" + c.courseId(), getTranslation("training.mine.sessions")))
                .setHeader("");
        mandatory.setAriaLabel(getTranslation("training.mine.mandatory"));
        mandatory.setAllRowsVisible(true);

        enrolments
                .addColumn(MyEnrolment::courseTitle)
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        enrolments.addColumn(e -> TrainingUi.dateTime(e.startsAt())).setHeader(getTranslation("training.mine.when"));
        enrolments.addColumn(MyEnrolment::place).setHeader(getTranslation("training.mine.where"));
        enrolments
                .addColumn(this::enrolmentText)
                .setHeader(getTranslation("training.mine.enrolment-state"))
                .setFlexGrow(2);
        enrolments.addComponentColumn(this::cancelButton).setHeader("").setKey("cancel");
        enrolments.setAriaLabel(getTranslation("training.mine.enrolments"));
        enrolments.setAllRowsVisible(true);

        certificates
                .addColumn(CertificateInfo::courseTitle)
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        certificates
                .addColumn(c -> TrainingUi.date(c.completedOn()))
                .setHeader(getTranslation("training.mine.completed-on"));
        certificates
                .addColumn(c -> c.validUntil() == null
                        ? getTranslation("training.mine.valid-forever")
                        : TrainingUi.date(c.validUntil()))
                .setHeader(getTranslation("training.mine.valid-until"));
        certificates
                .addColumn(c -> getTranslation(c.current() ? "training.mine.current" : "training.mine.history"))
                .setHeader(getTranslation("training.mine.certificate-state"));
        certificates.addComponentColumn(this::download).setHeader("").setKey("download");
        certificates.setAriaLabel(getTranslation("training.mine.certificates"));
        certificates.setAllRowsVisible(true);

        add(
                new H3(getTranslation("training.mine.mandatory")),
                TrainingUi.wideTable(mandatory),
                mandatoryList,
                new H3(getTranslation("training.mine.enrolments")),
                TrainingUi.wideTable(enrolments),
                enrolmentList,
                new H3(getTranslation("training.mine.certificates")),
                TrainingUi.wideTable(certificates),
                certificateList,
                new H3(getTranslation("training.peer-hours.mine")),
                peerHours);
        YearHours year = peerSupervision.myHours();
        peerHours.setId("peer-hours");
        peerHours.setText(
                year.required() == null
                        ? getTranslation(
                                "training.peer-hours.mine.text",
                                String.valueOf(year.year()),
                                TrainingUi.hours(year.hours()))
                        : getTranslation(
                                year.isShort() ? "training.peer-hours.mine.short" : "training.peer-hours.mine.enough",
                                String.valueOf(year.year()),
                                TrainingUi.hours(year.hours()),
                                year.required()));
        refresh();
    }

    void refresh() {
        MyTraining mine = training.myTraining();
        mandatory.setItems(mine.mandatory());
        enrolments.setItems(mine.enrolments());
        certificates.setItems(mine.certificates());
        phoneLists(mine);
    }

    /** On a phone the three tables become these lists: the same facts and actions, one card each. */
    private void phoneLists(MyTraining mine) {
        TrainingUi.fill(mandatoryList, getTranslation("training.mine.mandatory"));
        mine.mandatory()
                .forEach(c -> mandatoryList.add(TrainingUi.card(
                        new H4(c.title()),
                        TrainingUi.stateBadge(c.status().state(), statusText(this, c.status(), c.openEnrolment())),
                        new Paragraph(new Anchor(
                                "scholing/cursus/" + c.courseId(), getTranslation("training.mine.sessions"))))));
        TrainingUi.fill(enrolmentList, getTranslation("training.mine.enrolments"));
        mine.enrolments().forEach(e -> {
            ListItem card = TrainingUi.card(
                    new H4(e.courseTitle()),
                    new Paragraph(TrainingUi.dateTime(e.startsAt()) + (e.place() == null ? "" : " · " + e.place())),
                    new Paragraph(enrolmentText(e)));
            if (e.cancellable()) {
                Component cancel = cancelButton(e);
                cancel.setId("cancel-enrolment-" + e.enrolmentId() + "-phone");
                card.add(cancel);
            }
            enrolmentList.add(card);
        });
        TrainingUi.fill(certificateList, getTranslation("training.mine.certificates"));
        mine.certificates().forEach(c -> {
            Component download = download(c);
            download.setId("certificate-" + c.completionId() + "-phone");
            certificateList.add(TrainingUi.card(
                    new H4(c.courseTitle()),
                    new Paragraph(getTranslation("training.mine.completed-on") + ": "
                            + TrainingUi.date(c.completedOn()) + " · "
                            + getTranslation("training.mine.valid-until") + ": "
                            + (c.validUntil() == null
                                    ? getTranslation("training.mine.valid-forever")
                                    : TrainingUi.date(c.validUntil()))),
                    new Paragraph(download)));
        });
    }

    String enrolmentText(MyEnrolment e) {
        return TrainingUi.enrolmentText(this, e);
    }

    private Component cancelButton(MyEnrolment e) {
        if (!e.cancellable()) {
            return new Span();
        }
        Button cancel = new Button(
                getTranslation("training.session.cancel"),
                click -> TrainingUi.confirmCancel(this, e.courseTitle(), TrainingUi.dateTime(e.startsAt()), () -> {
                    try {
                        enrolmentService.cancel(e.enrolmentId());
                        Notification.show(getTranslation("training.session.cancelled-mine"));
                    } catch (ValidationFailedException ex) {
                        FieldErrors.show(ex, Map.of());
                    }
                    refresh();
                }));
        cancel.setId("cancel-enrolment-" + e.enrolmentId());
        cancel.setAriaLabel(getTranslation("training.session.cancel") + " " + e.courseTitle());
        return cancel;
    }

    private Component download(CertificateInfo c) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    CertificateFile file = certificateService.certificate(c.completionId());
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.pdf()),
                            file.fileName(),
                            "application/pdf",
                            file.pdf().length);
                }),
                getTranslation("training.mine.download"));
        a.setId("certificate-" + c.completionId());
        a.getElement().setAttribute("aria-label", getTranslation("training.mine.download") + " " + c.courseTitle());
        return a;
    }

    /** "Te laat (deadline 01-10-2026)" and the like, for pages that show one course's state in a sentence. */
    static String statusText(Component c, CourseStatus status, EnrolmentStatus open) {
        String text = TrainingUi.stateText(c, status, open);
        LocalDate date = status.state().compliant() ? status.validUntil() : status.deadline();
        return date == null ? text : text + " (" + TrainingUi.date(date) + ")";
    }
}
