package nl.regioportaal.notify.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.ScheduledJobs;
import nl.regioportaal.notify.ScheduledJobs.JobRow;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalI18NProvider;

/** The administrator's Start: scheduled jobs whose last run failed, and mails that gave up. */
@org.springframework.stereotype.Component
class PortalStateCard implements StartCard {

    private final ScheduledJobs jobs;
    private final MailLog mails;

    PortalStateCard(ScheduledJobs jobs, MailLog mails) {
        this.jobs = jobs;
        this.mails = mails;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<Component> create(PortalUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            return Optional.empty();
        }
        List<JobRow> failedJobs = jobs.all().stream()
                .filter(j -> Boolean.FALSE.equals(j.succeeded()))
                .toList();
        Component jobsPart;
        if (failedJobs.isEmpty()) {
            jobsPart = new Paragraph(t("notify.card.state.jobs-ok"));
        } else {
            UnorderedList list = new UnorderedList();
            failedJobs.forEach(j ->
                    list.add(new ListItem(j.group() + " / " + j.name() + (j.error() == null ? "" : ": " + j.error()))));
            jobsPart = new Div(new Paragraph(t("notify.card.state.jobs-failed", failedJobs.size())), list);
        }
        long failedMails = mails.failedCount();
        Paragraph mailPart = new Paragraph(
                failedMails == 0 ? t("notify.card.state.mails-ok") : t("notify.card.state.mails-failed", failedMails));
        mailPart.setId("state-mails");
        jobsPart.setId("state-jobs");
        return Optional.of(StartView.card(
                t("notify.card.state"),
                jobsPart,
                mailPart,
                new Anchor("beheer/taken", t("menu.jobs")),
                new Paragraph(),
                new Anchor("beheer/e-mail", t("menu.mail-log"))));
    }

    private static String t(String key, Object... params) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
        return PortalI18NProvider.translate(key, locale, params);
    }
}
