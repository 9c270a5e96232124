package nl.regioportaal.plugins.caseload;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.regioportaal.plugins.api.SvgChart;

/** The trend charts of the dashboard, as SVG (the API's {@link SvgChart}), from plain figures. */
final class CaseloadCharts {

    private CaseloadCharts() {}

    /** The weighted caseload per month, one line per team. */
    static String teamChart(String title, List<Figure> figures, Map<Long, String> teamNames) {
        return chart(title, figures, Figure::teamId, teamNames, CaseloadCharts::values);
    }

    /**
     * Per month the mean weighted caseload of a municipality's teams that entered figures, one line per
     * municipality. A mean, not a sum: a sum drops whenever some teams have not entered the month yet.
     */
    static String municipalityChart(String title, List<Figure> figures, Map<Long, String> municipalityNames) {
        return chart(title, figures, Figure::municipalityId, municipalityNames, CaseloadCharts::means);
    }

    /** One line per group (sorted by name), its value per month computed from the group's figures. */
    private static String chart(
            String title,
            List<Figure> figures,
            ToLongFunction<Figure> group,
            Map<Long, String> names,
            BiFunction<List<YearMonth>, List<Figure>, List<Double>> perMonth) {
        List<YearMonth> months = months(figures);
        List<SvgChart.Series> series = new ArrayList<>();
        figures.stream()
                .map(group::applyAsLong)
                .distinct()
                .sorted(Comparator.comparing(id -> names.getOrDefault(id, "?")))
                .forEach(id -> series.add(new SvgChart.Series(
                        names.getOrDefault(id, "?"),
                        perMonth.apply(
                                months,
                                figures.stream()
                                        .filter(f -> group.applyAsLong(f) == id)
                                        .toList()))));
        return SvgChart.line(title, months.stream().map(YearMonth::toString).toList(), series);
    }

    private static List<YearMonth> months(List<Figure> figures) {
        TreeSet<YearMonth> present = figures.stream().map(Figure::month).collect(Collectors.toCollection(TreeSet::new));
        List<YearMonth> months = new ArrayList<>();
        if (!present.isEmpty()) {
            // every month from the first to the last, so that a missing month shows as a gap; at most two years
            YearMonth first = present.first().isBefore(present.last().minusMonths(23))
                    ? present.last().minusMonths(23)
                    : present.first();
            for (YearMonth m = first; !m.isAfter(present.last()); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return months;
    }

    /** Per month the sum of the figures' weighted caseload, or null where there are none. */
    private static List<Double> values(List<YearMonth> months, List<Figure> figures) {
        Map<YearMonth, Double> sums = figures.stream()
                .collect(Collectors.groupingBy(
                        Figure::month,
                        Collectors.summingDouble(f -> f.weighted().doubleValue())));
        return months.stream().map(sums::get).toList();
    }

    /** Per month the mean of the figures' weighted caseload, or null where there are none. */
    private static List<Double> means(List<YearMonth> months, List<Figure> figures) {
        Map<YearMonth, Double> means = figures.stream()
                .collect(Collectors.groupingBy(
                        Figure::month,
                        Collectors.averagingDouble(f -> f.weighted().doubleValue())));
        return months.stream().map(means::get).toList();
    }
}
