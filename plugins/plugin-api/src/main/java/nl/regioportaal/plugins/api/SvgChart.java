package nl.regioportaal.plugins.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Bar and line charts as SVG text, drawn on the server, so that no plugin writes charts by hand: a plugin
 * loaded at run time cannot add a charting library to the portal's frontend bundle. Every chart is an
 * image with a text alternative ({@code role="img"}, {@code aria-label} and {@code <title>}), every bar and
 * point has a tooltip with its value, all texts are escaped, and the colours are the colour-blind safe
 * Okabe–Ito set (dashed lines after eight series). Show the same figures in a table next to the chart
 * (WCAG 1.1.1). Put the text into a Vaadin {@code Html} component, wrapped in a {@code <div>}.
 *
 * <pre>{@code
 * String svg = SvgChart.bar("Cijfers per thema", List.of("Hulp", "Geld"),
 *         List.of(new SvgChart.Series("Team Baarn", Arrays.asList(7.5, null))), 10.0);
 * layout.add(new Html("<div>" + svg + "</div>"));
 * }</pre>
 *
 * @since 1.3.0
 */
public final class SvgChart {

    /** Okabe–Ito: distinguishable with every common form of colour blindness. */
    static final String[] COLOURS = {
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#f0e442"
    };

    private static final int WIDTH = 720;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 30;
    private static final int BOTTOM = 250;

    /**
     * One series: a name for the legend and one value per category (null where there is none).
     *
     * @param name   shown in the legend and the tooltips
     * @param values one per category, in the categories' order
     */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            // not List.copyOf: a missing value is a null
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private SvgChart() {}

    /**
     * A grouped bar chart: per category one bar for each series.
     *
     * @param max the top of the value axis (e.g. 10 for marks), or null to fit the largest value
     */
    public static String bar(String title, List<String> categories, List<Series> series, Double max) {
        Frame frame = new Frame(title, categories, series, max);
        double groupWidth = (WIDTH - LEFT - RIGHT - 10.0) / Math.max(1, categories.size());
        double barWidth = (groupWidth - 16) / Math.max(1, series.size());
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + c * groupWidth + 8;
            for (int s = 0; s < series.size(); s++) {
                Double value = valueAt(series.get(s), c);
                if (value == null) {
                    continue;
                }
                double y = frame.y(value);
                frame.svg.append(format(
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s</title></rect>",
                        x0 + s * barWidth,
                        y,
                        Math.max(1, barWidth - 2),
                        BOTTOM - y,
                        colour(s),
                        escape(series.get(s).name()),
                        escape(categories.get(c)),
                        number(value)));
            }
            frame.category(x0 + (groupWidth - 16) / 2, categories.get(c));
        }
        return frame.finish(false);
    }

    /** A line chart: one line per series over the categories (months, quarters); a missing value leaves a gap. */
    public static String line(String title, List<String> categories, List<Series> series) {
        Frame frame = new Frame(title, categories, series, null);
        double step = categories.size() <= 1 ? 0 : (WIDTH - LEFT - RIGHT - 20.0) / (categories.size() - 1);
        for (int c = 0; c < categories.size(); c++) {
            frame.category(LEFT + 10 + c * step, categories.get(c));
        }
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            StringBuilder path = new StringBuilder();
            StringBuilder points = new StringBuilder();
            boolean pen = false;
            for (int c = 0; c < categories.size(); c++) {
                Double value = valueAt(one, c);
                if (value == null) {
                    pen = false;
                    continue;
                }
                double x = LEFT + 10 + c * step;
                double y = frame.y(value);
                path.append(pen ? " L" : " M").append(format("%.1f %.1f", x, y));
                pen = true;
                points.append(format(
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s, %s: %s</title></circle>",
                        x, y, colour(s), escape(one.name()), escape(categories.get(c)), number(value)));
            }
            if (!path.isEmpty()) {
                frame.svg.append(format(
                        "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                        path.toString().trim(), colour(s), dash(s)));
            }
            frame.svg.append(points);
        }
        return frame.finish(true);
    }

    /** Text made safe for SVG and HTML (element content and attribute values). */
    public static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }

    /** 1, 2 or 5 times a power of ten, giving about five grid lines up to {@code max}. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    private static Double valueAt(Series series, int index) {
        return index < series.values().size() ? series.values().get(index) : null;
    }

    private static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    private static String dash(int series) {
        return series < COLOURS.length ? "" : " stroke-dasharray=\"6 3\"";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : format("%.1f", v);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** What both charts share: the accessible root, the title, the value grid, the category labels, the legend. */
    private static final class Frame {
        final StringBuilder svg = new StringBuilder();
        final List<Series> series;
        final double top;
        final int height;

        Frame(String title, List<String> categories, List<Series> series, Double max) {
            this.series = series;
            double largest = series.stream()
                    .flatMap(s -> s.values().stream())
                    .filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
            double step = niceStep(max != null ? max : largest);
            this.top = max != null && max > 0 ? max : Math.max(step, Math.ceil(largest / step) * step);
            this.height = BOTTOM + 40 + ((series.size() + 2) / 3) * 18;
            svg.append(format(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                            + " style=\"width:100%%;height:auto;font-family:sans-serif\">",
                    WIDTH, height, escape(title)));
            svg.append("<title>").append(escape(title)).append("</title>");
            svg.append(format(
                    "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>", LEFT, escape(title)));
            for (double v = 0; v <= top + 1e-9; v += step) {
                double y = y(v);
                svg.append(format(
                        "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                        LEFT, WIDTH - RIGHT, y, y));
                svg.append(format(
                        "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                        LEFT - 6, y + 4, number(v)));
            }
        }

        double y(double value) {
            return BOTTOM - (BOTTOM - TOP) * Math.min(value, top) / top;
        }

        void category(double x, String label) {
            svg.append(format(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x, BOTTOM + 16, escape(label)));
        }

        String finish(boolean lines) {
            for (int s = 0; s < series.size(); s++) {
                int x = LEFT + (s % 3) * 220;
                int y = BOTTOM + 34 + (s / 3) * 18;
                svg.append(
                        lines
                                ? format(
                                        "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/>",
                                        x, x + 18, y - 4, y - 4, colour(s), dash(s))
                                : format(
                                        "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                                        x, y - 11, colour(s)));
                svg.append(format(
                        "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                        x + (lines ? 24 : 16), y, escape(series.get(s).name())));
            }
            return svg.append("</svg>").toString();
        }
    }
}
