package nl.regioportaal.devagenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.devagenda.AgendaModel.Change;
import nl.regioportaal.devagenda.AgendaModel.ThemeRollup;
import nl.regioportaal.devagenda.AgendaModel.TimelineView;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.pdf.PortalPdf;
import org.springframework.stereotype.Service;

/**
 * "What changed since the last meeting" as a tagged PDF for the managers' forum: the roll-up per
 * theme, then every change since the date. Built from what the queries let the reader see.
 */
@Service
public class AgendaDocuments {

    private final AgendaQueries queries;
    private final RegionDirectory directory;

    AgendaDocuments(AgendaQueries queries, RegionDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    public byte[] changesPdf(LocalDate since, Locale locale) {
        String title = t("devagenda.changes.title", locale) + " " + PortalFormats.date(since, locale);
        PortalPdf pdf = PortalPdf.a4(title, locale)
                .landscape()
                .region(directory.regionName())
                .title(title, PortalPdf.Style.TITLE)
                .heading(t("devagenda.rollup", locale));
        List<List<String>> rollup = new ArrayList<>();
        for (ThemeRollup r : queries.rollup()) {
            rollup.add(List.of(
                    r.themeId() == null ? t("devagenda.region", locale) : r.title(),
                    String.valueOf(r.initiatives()),
                    String.valueOf(r.perStatus().get(InitiativeStatus.RUNNING)),
                    String.valueOf(r.perStatus().get(InitiativeStatus.STOPPED)),
                    progress(r.weightedProgress(), locale),
                    String.valueOf(r.lateMilestones())));
        }
        pdf.table(
                List.of(
                        t("devagenda.theme", locale),
                        t("devagenda.initiatives", locale),
                        t("devagenda.status.RUNNING", locale),
                        t("devagenda.status.STOPPED", locale),
                        t("devagenda.weighted-progress", locale),
                        t("devagenda.late-milestones", locale)),
                rollup);
        pdf.heading(t("devagenda.changes", locale));
        List<Change> changes = queries.changesSince(since);
        if (changes.isEmpty()) {
            pdf.paragraph(t("devagenda.changes.none", locale));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Change c : changes) {
                rows.add(List.of(
                        PortalFormats.dateTime(c.entry().at(), locale),
                        c.theme() + " / " + c.initiative(),
                        describe(c.entry(), locale)));
            }
            pdf.table(
                    List.of(
                            t("devagenda.when", locale),
                            t("devagenda.initiative", locale),
                            t("devagenda.what", locale)),
                    rows,
                    new float[] {2, 4, 8});
        }
        return pdf.toBytes();
    }

    /** One timeline entry in words: its kind, the new status and percentage, the text. */
    public static String describe(TimelineView e, Locale locale) {
        StringBuilder s = new StringBuilder(t("devagenda.timeline." + e.kind(), locale));
        if (e.reference() != null) {
            s.append(" ").append(e.reference());
        }
        if (e.newStatus() != null) {
            s.append(" · ").append(t("devagenda.status." + e.newStatus(), locale));
        }
        if (e.newPercentage() != null) {
            s.append(" · ").append(PortalFormats.percent(e.newPercentage(), locale));
        }
        if (e.text() != null) {
            s.append(": ").append(RichText.plainText(e.text()));
        }
        if (e.author() != null) {
            s.append(" (").append(e.author()).append(")");
        }
        return s.toString();
    }

    public static String progress(Double weighted, Locale locale) {
        return weighted == null ? PortalFormats.NONE : PortalFormats.percent(weighted, locale);
    }

    private static String t(String key, Locale locale) {
        return PortalI18NProvider.translate(key, locale);
    }
}
