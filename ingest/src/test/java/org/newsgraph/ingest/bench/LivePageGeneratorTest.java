package org.newsgraph.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import org.newsgraph.ingest.read.ReadOptions;
import org.newsgraph.ingest.read.ReadResult;

/** The benchmark corpus must be what the reader reads: every generated post, no problems. */
class LivePageGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void generatedPagesReadWholeWithoutAYearOption() throws IOException {
        List<Path> files = new LivePageGenerator(1).write(dir, 3, 12);
        assertEquals(3, files.size());
        for (Path file : files) {
            ReadResult result = new PlainTextLivePageReader().read(LivePageFiles.source(file, ReadOptions.none()));
            assertEquals(12, result.posts().size(), file.toString());
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals(2026, result.posts().get(0).publishedAt().getYear());
        }
    }
}
