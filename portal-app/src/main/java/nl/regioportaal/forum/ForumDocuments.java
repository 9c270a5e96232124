package nl.regioportaal.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.forum.ForumModel.Agenda;
import nl.regioportaal.forum.ForumModel.DecisionView;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.Minutes;
import nl.regioportaal.forum.ForumModel.MinutesItem;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.export.TableExport;
import nl.regioportaal.shared.export.TableExport.Column;
import nl.regioportaal.shared.export.TableExport.Sheet;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.pdf.PortalPdf;
import org.springframework.stereotype.Service;

/**
 * The forum's documents: the agenda and the minutes as tagged PDFs in the reader's language (with
 * page numbers), each also as a guest version without confidential items, and the decision list as
 * CSV/XLSX. They are built from what the services let the reader see, so a guest's copy never holds
 * more than their screen.
 */
@Service
public class ForumDocuments {

    private final AgendaService agendas;
    private final MinutesQueries minutes;
    private final RegionDirectory directory;

    ForumDocuments(AgendaService agendas, MinutesQueries minutes, RegionDirectory directory) {
        this.agendas = agendas;
        this.minutes = minutes;
        this.directory = directory;
    }

    /** The agenda with each item's start time; {@code guestVersion} leaves confidential items out. */
    public byte[] agendaPdf(long meetingId, boolean guestVersion, Locale locale) {
        Agenda agenda = agendas.agenda(meetingId);
        MeetingSummary m = agenda.meeting();
        PortalPdf pdf = PortalPdf.a4(t("forum.pdf.agenda", locale) + " " + m.title(), locale)
                .region(directory.regionName())
                .title(t("forum.pdf.agenda", locale) + ": " + m.title(), PortalPdf.Style.TITLE)
                .paragraph(when(m, locale));
        for (SectionView section : agenda.sections()) {
            List<List<String>> rows = new ArrayList<>();
            for (ItemView item : section.items()) {
                if (guestVersion && item.confidential()) {
                    continue;
                }
                rows.add(List.of(
                        PortalFormats.time(item.startsAt()),
                        title(item.title(), item.standing(), locale)
                                + (item.explanation() == null ? "" : "\n" + RichText.plainText(item.explanation())),
                        t("forum.kind." + item.kind(), locale),
                        t("forum.minutes", locale, item.durationMinutes()),
                        item.presenter() == null ? "" : item.presenter()));
            }
            pdf.heading(t("forum.section." + section.kind(), locale));
            if (rows.isEmpty()) {
                pdf.paragraph(t("forum.section.empty", locale));
            } else {
                pdf.table(
                        List.of(
                                t("forum.pdf.time", locale),
                                t("forum.item", locale),
                                t("forum.item.kind", locale),
                                t("forum.duration", locale),
                                t("forum.item.presenter", locale)),
                        rows,
                        new float[] {1, 6, 2, 1.3f, 2});
            }
        }
        if (agenda.overTime()) {
            pdf.paragraph(t("forum.over-time", locale, PortalFormats.time(agenda.plannedEnd())));
        }
        return pdf.toBytes();
    }

    /** The minutes with the attendance list; {@code guestVersion} leaves confidential items out. */
    public byte[] minutesPdf(long meetingId, boolean guestVersion, Locale locale) {
        Minutes record = minutes.minutes(meetingId);
        MeetingSummary m = record.meeting();
        PortalPdf pdf = PortalPdf.a4(t("forum.pdf.minutes", locale) + " " + m.title(), locale)
                .region(directory.regionName())
                .title(t("forum.pdf.minutes", locale) + ": " + m.title(), PortalPdf.Style.TITLE)
                .paragraph(when(m, locale) + " · " + t("forum.status." + m.status(), locale))
                .heading(t("forum.pdf.attendance", locale))
                .paragraph(t("forum.pdf.present", locale) + ": " + String.join(", ", record.present()))
                .paragraph(t("forum.pdf.absent", locale) + ": " + String.join(", ", record.absent()));
        for (MinutesItem item : record.items()) {
            if (guestVersion && item.confidential()) {
                continue;
            }
            pdf.subheading(t("forum.section." + item.section(), locale) + " · " + item.title());
            if (item.outcome() != null) {
                pdf.paragraph(t("forum.pdf.outcome." + item.outcome(), locale));
            }
            if (item.notes() != null) {
                pdf.paragraph(RichText.plainText(item.notes()));
            }
            for (DecisionView d : item.decisions()) {
                pdf.paragraph(t("forum.pdf.decision", locale) + " " + d.reference() + ": " + d.text());
            }
            item.followUps()
                    .forEach(f ->
                            pdf.paragraph(t("forum.pdf.follow-up." + f.kind(), locale) + ": " + f.description() + " ("
                                    + f.owner() + (f.toWhom() == null ? "" : " → " + f.toWhom()) + ", "
                                    + PortalFormats.date(f.due(), locale) + ")"));
        }
        return pdf.toBytes();
    }

    /** The forum's decision list (all, or those matching the words) as a spreadsheet. */
    public Sheet decisionSheet(long forumId, String words, Locale locale) {
        List<List<?>> rows = minutes.decisions(forumId, words).stream()
                .<List<?>>map(d -> List.of(d.reference(), d.text(), d.itemTitle()))
                .toList();
        return new Sheet(
                t("forum.decisions", locale),
                List.of(
                        Column.text(t("forum.decision.reference", locale)),
                        Column.text(t("forum.decision.text", locale)),
                        Column.text(t("forum.item", locale))),
                rows);
    }

    public byte[] decisionsXlsx(long forumId, String words, Locale locale) {
        return TableExport.xlsx(List.of(decisionSheet(forumId, words, locale)), locale);
    }

    public byte[] decisionsCsv(long forumId, String words, Locale locale) {
        return TableExport.csv(List.of(decisionSheet(forumId, words, locale)), locale);
    }

    private static String title(String stored, StandingItem standing, Locale locale) {
        return standing == null ? stored : t(AgendaTemplate.titleKey(standing), locale);
    }

    private static String when(MeetingSummary m, Locale locale) {
        String where = m.place() != null ? m.place() : m.onlineLink() == null ? "" : m.onlineLink();
        return PortalFormats.longDate(m.startsAt().toLocalDate(), locale) + ", "
                + PortalFormats.time(m.startsAt().toLocalTime()) + "–"
                + PortalFormats.time(m.endsAt().toLocalTime())
                + (where.isEmpty() ? "" : " · " + where);
    }

    private static String t(String key, Locale locale, Object... params) {
        return PortalI18NProvider.translate(key, locale, params);
    }
}
