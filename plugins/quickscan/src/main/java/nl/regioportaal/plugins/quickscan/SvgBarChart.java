package nl.regioportaal.plugins.quickscan;

import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart as SVG, rendered on the server: a plugin loaded at run time cannot add a charting
 * library to the portal's frontend bundle. Marks run from 0 to 10.
 */
final class SvgBarChart {

    static final String[] COLOURS = {"#1676f3", "#ff9800", "#7a7a7a"};

    private SvgBarChart() {}

    /**
     * @param groups labels on the x axis (the dimensions)
     * @param series name and values (one per group, null = no value)
     */
    static String render(String title, List<String> groups, List<Series> series) {
        int width = 640;
        int height = 300;
        int left = 40;
        int bottom = 250;
        int top = 30;
        double groupWidth = (width - left - 10.0) / groups.size();
        double barWidth = (groupWidth - 16) / Math.max(1, series.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\" style=\"width:100%;height:auto\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int mark = 0; mark <= 10; mark += 2) {
            double y = bottom - (bottom - top) * mark / 10.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    left,
                    width - 10,
                    y,
                    y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d</text>",
                    left - 6,
                    y + 4,
                    mark));
        }
        for (int g = 0; g < groups.size(); g++) {
            double x0 = left + g * groupWidth + 8;
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(g);
                if (value == null) {
                    continue;
                }
                double h = (bottom - top) * value / 10.0;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %.1f</title></rect>",
                        x0 + s * barWidth,
                        bottom - h,
                        barWidth - 2,
                        h,
                        COLOURS[s % COLOURS.length],
                        escape(series.get(s).name()),
                        value));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
                    x0 + (groupWidth - 16) / 2,
                    bottom + 18,
                    escape(groups.get(g))));
        }
        for (int s = 0; s < series.size(); s++) {
            int x = left + s * 180;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    x,
                    height - 22,
                    COLOURS[s % COLOURS.length]));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    x + 16,
                    height - 12,
                    escape(series.get(s).name())));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    record Series(String name, List<Double> values) {}
}
