package org.newsgraph.sparql.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale curve keeps one set of points a size, and draws a line per server. */
class ScaleCurveTest {
    @Test
    void aRunReplacesItsServersPointsAtItsSizeAndKeepsTheOthers(@TempDir Path folder) throws Exception {
        Path points = folder.resolve("scale.tsv");
        ScaleCurve.record(points, List.of(new ScaleCurve.Point(2_000, "a", 10), new ScaleCurve.Point(2_000, "b", 1)));
        ScaleCurve.record(points, List.of(new ScaleCurve.Point(20_000, "a", 5)));
        List<ScaleCurve.Point> all = ScaleCurve.record(points, List.of(new ScaleCurve.Point(2_000, "a", 12)));
        assertEquals(List.of(new ScaleCurve.Point(2_000, "b", 1), new ScaleCurve.Point(20_000, "a", 5),
                new ScaleCurve.Point(2_000, "a", 12)), all);
    }

    @Test
    void theImageHasALineAndALegendPerServer() {
        String svg = ScaleCurve.svg(List.of(new ScaleCurve.Point(2_000, "Fuseki <union>", 2.5),
                new ScaleCurve.Point(20_000, "Fuseki <union>", 0.4), new ScaleCurve.Point(2_000, "newsgraph", 300),
                new ScaleCurve.Point(20_000, "newsgraph", 0)), "a caption");
        assertTrue(svg.startsWith("<svg") && svg.strip().endsWith("</svg>"), svg);
        assertEquals(2, svg.split("<path ", -1).length - 1, "a line per server");
        assertTrue(svg.contains("Fuseki &lt;union&gt;") && svg.contains(">20,000<"), svg);
        assertEquals(4, svg.split("<circle ", -1).length - 1, "a point per size and server, none that answered nothing left out");
    }
}
