package nl.regioportaal.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.notify.ScheduledJobs;
import nl.regioportaal.security.Role;

/** "Geplande taken": every scheduled job with next and last run, outcome and duration; run one now. */
@Route("beheer/taken")
@Menu(title = "menu.jobs", order = 970, icon = "vaadin:clock")
@RolesAllowed(Role.Names.ADMIN)
public class JobsView extends PortalPage {

    final Grid<ScheduledJobs.JobRow> grid = new Grid<>(ScheduledJobs.JobRow.class, false);
    private final transient ScheduledJobs jobs;

    public JobsView(ScheduledJobs jobs) {
        super("notify.jobs.title");
        this.jobs = jobs;
        grid.addColumn(j -> j.group() + " / " + j.name())
                .setHeader(getTranslation("notify.jobs.job"))
                .setAutoWidth(true);
        grid.addColumn(ScheduledJobs.JobRow::schedule).setHeader(getTranslation("notify.jobs.schedule"));
        grid.addColumn(j -> when(j.nextRun())).setHeader(getTranslation("notify.jobs.next"));
        grid.addColumn(j -> when(j.lastRun())).setHeader(getTranslation("notify.jobs.last"));
        grid.addColumn(j -> j.succeeded() == null
                        ? ""
                        : j.succeeded()
                                ? getTranslation("notify.jobs.ok")
                                : getTranslation("notify.jobs.failed", String.valueOf(j.error())))
                .setHeader(getTranslation("notify.jobs.outcome"));
        grid.addColumn(j -> j.duration() == null ? "" : j.duration().toMillis() + " ms")
                .setHeader(getTranslation("notify.jobs.duration"));
        grid.addComponentColumn(j -> {
                    Button run = new Button(getTranslation("notify.jobs.run-now"), e -> {
                        jobs.runNow(j.group(), j.name());
                        Notification.show(getTranslation("notify.jobs.started", j.name()));
                    });
                    run.getElement()
                            .setAttribute("aria-label", getTranslation("notify.jobs.run-now") + ": " + j.name());
                    return run;
                })
                .setKey("run");
        grid.setAriaLabel(getTranslation("notify.jobs.title"));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(jobs.all());
    }

    private String when(Instant i) {
        return i == null ? getTranslation("notify.jobs.never") : MailLogView.WHEN.format(i);
    }
}
