package nl.regioportaal.plugins.caseload;

import java.util.List;
import java.util.Locale;

/**
 * A line chart as SVG, rendered on the server: a plugin loaded at run time cannot add a charting library
 * to the portal's frontend bundle (and Vaadin Charts is not free). One line per series; a month without a
 * value leaves a gap. Every point has a tooltip with its value, and the chart has a text title for screen
 * readers; the table under the chart carries the same figures (WCAG 1.1.1).
 */
final class SvgLineChart {

    /** Distinguishable colours (Okabe–Ito, colour-blind safe), then the same with dashes. */
    static final String[] COLOURS = {
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#f0e442"
    };

    private SvgLineChart() {}

    static String render(String title, List<String> months, List<Series> series) {
        int width = 720;
        int left = 48;
        int right = 12;
        int top = 30;
        int bottom = 250;
        int legendRows = (series.size() + 2) / 3;
        int height = bottom + 40 + legendRows * 18;
        double max = series.stream()
                .flatMap(s -> s.values().stream())
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        double step = niceStep(max);
        double top0 = Math.max(step, Math.ceil(max / step) * step);
        double xStep = months.size() <= 1 ? 0 : (width - left - right - 20.0) / (months.size() - 1);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\" style=\"width:100%;height:auto;font-family:sans-serif\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>",
                left,
                escape(title)));
        for (double v = 0; v <= top0 + 1e-9; v += step) {
            double y = y(v, top0, top, bottom);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    left,
                    width - right,
                    y,
                    y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    left - 6,
                    y + 4,
                    number(v)));
        }
        for (int m = 0; m < months.size(); m++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x(m, left, xStep),
                    bottom + 16,
                    escape(months.get(m))));
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            String dash = s < COLOURS.length ? "" : " stroke-dasharray=\"6 3\"";
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int m = 0; m < months.size() && m < line.values().size(); m++) {
                Double v = line.values().get(m);
                if (v == null) {
                    pen = false;
                    continue;
                }
                path.append(pen ? " L" : " M")
                        .append(String.format(Locale.ROOT, "%.1f %.1f", x(m, left, xStep), y(v, top0, top, bottom)));
                pen = true;
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"")
                        .append(path.toString().trim())
                        .append("\" fill=\"none\" stroke=\"")
                        .append(colour)
                        .append("\" stroke-width=\"2\"")
                        .append(dash)
                        .append("/>");
            }
            for (int m = 0; m < months.size() && m < line.values().size(); m++) {
                Double v = line.values().get(m);
                if (v != null) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s, %s: %s</title></circle>",
                            x(m, left, xStep),
                            y(v, top0, top, bottom),
                            colour,
                            escape(line.name()),
                            escape(months.get(m)),
                            number(v)));
                }
            }
            int lx = left + (s % 3) * 220;
            int ly = bottom + 34 + (s / 3) * 18;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/>",
                    lx,
                    lx + 18,
                    ly - 4,
                    ly - 4,
                    colour,
                    dash));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    lx + 24,
                    ly,
                    escape(line.name())));
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int m, int left, double xStep) {
        return left + 10 + m * xStep;
    }

    private static double y(double v, double max, int top, int bottom) {
        return bottom - (bottom - top) * v / max;
    }

    /** 1, 2 or 5 times a power of ten, giving about five grid lines. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    record Series(String name, List<Double> values) {}
}
