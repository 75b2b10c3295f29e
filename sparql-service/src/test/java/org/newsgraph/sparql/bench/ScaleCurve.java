package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Queries per second of each server against the number of posts, over the runs of all sizes: each
 * run replaces its servers' points at its size in a tab-separated file and draws the curve again
 * as an SVG image (log scales on both axes; written by hand, no plotting library).
 */
final class ScaleCurve {
    /** One point: a server's queries per second at a size (0 when it answered none in time). */
    record Point(int posts, String server, double queriesPerSecond) {}

    private static final String[] COLOURS = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"};
    private static final int WIDTH = 820;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 330;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private ScaleCurve() {}

    /**
     * Adds {@code fresh} to the points in {@code points} (a TSV file), each replacing the point of
     * the same size and server, so that a run of some servers keeps the others' points; all points now.
     */
    static List<Point> record(Path points, List<Point> fresh) throws IOException {
        List<Point> all = new ArrayList<>();
        if (Files.isRegularFile(points)) {
            for (String line : Files.readAllLines(points)) {
                String[] f = line.split("\t");
                if (f.length == 3 && !line.startsWith("#")) {
                    Point old = new Point(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]));
                    if (fresh.stream().noneMatch(p -> p.posts() == old.posts() && p.server().equals(old.server()))) {
                        all.add(old);
                    }
                }
            }
        }
        all.addAll(fresh);
        StringBuilder tsv = new StringBuilder("# posts\tserver\tqueries/s\n");
        all.forEach(p -> tsv.append(String.format(Locale.ROOT, "%d\t%s\t%.2f%n", p.posts(), p.server(), p.queriesPerSecond())));
        Files.writeString(points, tsv);
        return all;
    }

    /** The curve of {@code points} as an SVG document; {@code caption} goes under the title. */
    static String svg(List<Point> points, String caption) {
        Map<String, TreeMap<Integer, Double>> lines = new LinkedHashMap<>();
        points.forEach(p -> lines.computeIfAbsent(p.server(), s -> new TreeMap<>()).put(p.posts(), p.queriesPerSecond()));
        double minX = Math.log10(points.stream().mapToInt(Point::posts).min().orElse(1_000));
        double maxX = Math.log10(points.stream().mapToInt(Point::posts).max().orElse(1_000_000));
        if (maxX - minX < 1) {
            minX = Math.floor(minX);
            maxX = minX + 1;
        }
        double minY = Math.floor(Math.log10(points.stream().mapToDouble(Point::queriesPerSecond).filter(q -> q > 0).min().orElse(0.1)));
        double maxY = Math.ceil(Math.log10(points.stream().mapToDouble(Point::queriesPerSecond).max().orElse(1000)));
        maxY = Math.max(maxY, minY + 1);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">Queries per second against posts"
                + " (concurrency 4, result cache off unless named)</text>%n<text x=\"%d\" y=\"33\" fill=\"#555\">%s</text>%n",
                LEFT, LEFT, escape(caption)));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                LEFT, TOP, plotW, plotH));
        for (double y = minY; y <= maxY; y++) {
            double py = TOP + plotH - (y - minY) / (maxY - minY) * plotH;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, LEFT + plotW, py, py, LEFT - 6, py + 4,
                    number(Math.pow(10, y))));
        }
        for (int posts : points.stream().map(Point::posts).distinct().sorted().toList()) {
            double px = x(posts, minX, maxX, plotW);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, px, TOP, TOP + plotH, px, TOP + plotH + 16,
                    number(posts)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">posts (log scale)</text>%n"
                + "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">queries/s (log scale)</text>%n",
                LEFT + plotW / 2, HEIGHT - 12, TOP + plotH / 2, TOP + plotH / 2));
        int i = 0;
        for (Map.Entry<String, TreeMap<Integer, Double>> line : lines.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (Map.Entry<Integer, Double> p : line.getValue().entrySet()) {
                double q = Math.max(p.getValue(), Math.pow(10, minY));
                double px = x(p.getKey(), minX, maxX, plotW);
                double py = TOP + plotH - (Math.log10(q) - minY) / (maxY - minY) * plotH;
                path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", px, py, colour));
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, colour));
            int ly = TOP + 10 + i * 20;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + plotW + 12, LEFT + plotW + 32, ly, ly, colour,
                    LEFT + plotW + 38, ly + 4, escape(line.getKey())));
            i++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(int posts, double minX, double maxX, int plotW) {
        return LEFT + (Math.log10(posts) - minX) / (maxX - minX) * plotW;
    }

    private static String number(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%s", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
