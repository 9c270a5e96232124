package nl.regioportaal.plugins.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.plugins.api.PluginUser;
import nl.regioportaal.plugins.api.RegionInfo;

/**
 * The plugin's two screens: the dashboard (entry form for team leaders, trend charts, quarterly
 * report download, the figures as a table) and the weights of the user's municipality. Every change
 * and every read goes through {@link CaseloadModule}, which checks the permission.
 */
class CaseloadScreens {

    /**
     * The chart's box: in the portal's column layout a div without a width shrinks to nothing, and an SVG
     * with only a viewBox then draws at 0 × 0 (seen in the browser, not in unit tests).
     */
    static final String CHART_STYLE = "width:100%;max-width:860px";

    private final PluginContext context;
    private final CaseloadModule caseload;

    CaseloadScreens(PluginContext context, CaseloadModule caseload) {
        this.context = context;
        this.caseload = caseload;
    }

    Component dashboard() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        PluginUser user = context.currentUser();
        if (context.hasPermission(CaseloadModule.ENTER)) {
            layout.add(entryForm(user));
        }
        List<Figure> figures = caseload.figures();
        Map<Long, String> names =
                context.region().teams().stream().collect(Collectors.toMap(RegionInfo.Team::id, RegionInfo.Team::name));
        Map<Long, String> municipalityNames = context.region().municipalities().stream()
                .collect(Collectors.toMap(RegionInfo.Municipality::id, RegionInfo.Municipality::name));

        if (figures.isEmpty()) {
            layout.add(new Paragraph(context.translate("caseload.none")));
        } else {
            Html teams = new Html("<div class=\"caseload-chart\" data-chart=\"team\" style=\"" + CHART_STYLE + "\">"
                    + CaseloadCharts.teamChart(context.translate("caseload.chart.team"), figures, names) + "</div>");
            Html municipalities = new Html("<div class=\"caseload-chart\" data-chart=\"municipality\" style=\""
                    + CHART_STYLE + "\">"
                    + CaseloadCharts.municipalityChart(
                            context.translate("caseload.chart.municipality"), figures, municipalityNames)
                    + "</div>");
            layout.add(teams, municipalities);
            layout.add(reportDownload(figures));
        }

        Grid<Figure> grid = new Grid<>();
        grid.addColumn(f -> names.getOrDefault(f.teamId(), "?"))
                .setHeader(context.translate("caseload.team"))
                .setKey("team")
                .setAutoWidth(true);
        grid.addColumn(f -> f.month().toString())
                .setHeader(context.translate("caseload.month"))
                .setKey("month");
        grid.addColumn(Figure::light)
                .setHeader(context.translate("caseload.light.short"))
                .setKey("light");
        grid.addColumn(Figure::medium)
                .setHeader(context.translate("caseload.medium.short"))
                .setKey("medium");
        grid.addColumn(Figure::heavy)
                .setHeader(context.translate("caseload.heavy.short"))
                .setKey("heavy");
        grid.addColumn(Figure::flat)
                .setHeader(context.translate("caseload.flat"))
                .setKey("flat")
                .setAutoWidth(true);
        NumberFormat number = NumberFormat.getNumberInstance(context.locale());
        number.setMaximumFractionDigits(2);
        grid.addColumn(f -> number.format(f.weighted()))
                .setHeader(context.translate("caseload.weighted"))
                .setKey("weighted")
                .setAutoWidth(true);
        // newest first: the table is the accessible alternative to the charts and the latest month matters most
        grid.setItems(figures.reversed());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(context.translate("caseload.table"));
        grid.setId("caseload-grid");
        layout.add(new H3(context.translate("caseload.table")), grid);
        return layout;
    }

    private Component entryForm(PluginUser user) {
        YearMonth lastMonth = YearMonth.from(LocalDate.now(context.clock())).minusMonths(1);
        List<RegionInfo.Team> teams = user.teamIds().stream()
                .map(id -> context.region().team(id))
                .flatMap(Optional::stream)
                .toList();
        ComboBox<RegionInfo.Team> team = new ComboBox<>(context.translate("caseload.team"), teams);
        team.setItemLabelGenerator(RegionInfo.Team::name);
        if (teams.size() == 1) {
            team.setValue(teams.getFirst());
        }
        IntegerField light = count("caseload.light");
        IntegerField medium = count("caseload.medium");
        IntegerField heavy = count("caseload.heavy");
        Paragraph message = new Paragraph();
        message.setId("caseload-message");
        message.getElement().setAttribute("role", "status");
        Button save = new Button(context.translate("caseload.save"), e -> {
            if (team.getValue() == null
                    || light.getValue() == null
                    || medium.getValue() == null
                    || heavy.getValue() == null
                    || light.getValue() < 0
                    || medium.getValue() < 0
                    || heavy.getValue() < 0) {
                message.setText(context.translate("caseload.incomplete"));
                return;
            }
            caseload.enter(team.getValue().id(), lastMonth, light.getValue(), medium.getValue(), heavy.getValue());
            message.setText(context.translate("caseload.saved"));
        });
        save.setId("caseload-save");
        VerticalLayout form = new VerticalLayout(
                new Paragraph(context.translate("caseload.enter.intro", lastMonth.toString())),
                team,
                new HorizontalLayout(light, medium, heavy),
                save,
                message);
        form.setPadding(false);
        return form;
    }

    /** Quarter choice and a link that builds the PDF when clicked (with the figures of that moment). */
    private Component reportDownload(List<Figure> figures) {
        List<QuarterReport.Quarter> quarters = figures.stream()
                .map(f -> QuarterReport.Quarter.of(f.month()))
                .distinct()
                .sorted(Comparator.comparing(QuarterReport.Quarter::toString).reversed())
                .toList();
        ComboBox<QuarterReport.Quarter> quarter =
                new ComboBox<>(context.translate("caseload.report.quarter"), quarters);
        quarter.setItemLabelGenerator(QuarterReport.Quarter::toString);
        quarter.setValue(quarters.getFirst());
        quarter.setAllowCustomValue(false);
        quarter.setId("caseload-quarter");
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    QuarterReport.Quarter q =
                            Optional.ofNullable(quarter.getValue()).orElse(quarters.getFirst());
                    byte[] pdf = caseload.quarterReport(q);
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), "caseload-" + q + ".pdf", "application/pdf", pdf.length);
                }),
                context.translate("caseload.report.download"));
        download.setId("caseload-report");
        HorizontalLayout row = new HorizontalLayout(quarter, download);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    Component weightsScreen() {
        context.requirePermission(CaseloadModule.WEIGHTS);
        PluginUser user = context.currentUser();
        Weights current = caseload.weightsOf(user.municipalityId());
        String municipality = context.region().municipalities().stream()
                .filter(m -> m.id() == user.municipalityId())
                .map(RegionInfo.Municipality::name)
                .findFirst()
                .orElse("?");
        BigDecimalField light = weight("caseload.light", current.light());
        BigDecimalField medium = weight("caseload.medium", current.medium());
        BigDecimalField heavy = weight("caseload.heavy", current.heavy());
        Paragraph message = new Paragraph();
        message.setId("caseload-weights-message");
        message.getElement().setAttribute("role", "status");
        Button save = new Button(context.translate("caseload.save"), e -> {
            Weights w;
            try {
                w = new Weights(light.getValue(), medium.getValue(), heavy.getValue());
            } catch (IllegalArgumentException invalid) {
                message.setText(context.translate("caseload.weights.invalid"));
                return;
            }
            caseload.setWeights(w);
            message.setText(context.translate("caseload.weights.saved", municipality));
        });
        save.setId("caseload-weights-save");
        VerticalLayout layout = new VerticalLayout(
                new Paragraph(context.translate("caseload.weights.intro", municipality)),
                new HorizontalLayout(light, medium, heavy),
                save,
                message);
        layout.setPadding(false);
        return layout;
    }

    private BigDecimalField weight(String key, BigDecimal value) {
        BigDecimalField field = new BigDecimalField(context.translate(key));
        field.setValue(value.stripTrailingZeros());
        field.setHelperText(context.translate("caseload.weights.help"));
        return field;
    }

    private IntegerField count(String key) {
        IntegerField field = new IntegerField(context.translate(key));
        field.setMin(0);
        return field;
    }
}
