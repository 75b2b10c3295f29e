package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph compact} on a real TDB2 folder grown by many replacing loads. */
class CompactCommandTest {
    private static final Pattern SIZES = Pattern.compile("([\\d,]+) bytes before, ([\\d,]+) after");

    @TempDir
    Path dir;

    @Test
    void aStoreGrownByReplacementsShrinksAndKeepsItsData() throws Exception {
        Path store = dir.resolve("tdb2");
        for (int i = 0; i < 30; i++) {
            Path file = Files.writeString(dir.resolve("g.nq"), "<http://example.org/s> <http://example.org/p> \"version "
                    + i + "\" <http://example.org/graph/g> .\n");
            assertEquals(0, CommandRun.of("load", "--store", store.toString(), file.toString()).exitCode());
        }
        CommandRun compact = CommandRun.of("compact", "--store", store.toString());
        assertEquals(0, compact.exitCode(), compact.err());
        Matcher sizes = SIZES.matcher(compact.out());
        assertTrue(sizes.find(), compact.out());
        long before = Long.parseLong(sizes.group(1).replace(",", ""));
        long after = Long.parseLong(sizes.group(2).replace(",", ""));
        assertTrue(after < before, compact.out());
        Path again = Files.writeString(dir.resolve("h.nq"), "<http://example.org/s> <http://example.org/p> \"more\" <http://example.org/graph/h> .\n");
        CommandRun load = CommandRun.of("load", "--store", store.toString(), again.toString());
        assertEquals(0, load.exitCode(), load.err());
    }

    @Test
    void aFolderWithoutAStoreIsAnError() {
        CommandRun compact = CommandRun.of("compact", "--store", dir.resolve("none").toString());
        assertEquals(2, compact.exitCode());
        assertTrue(compact.err().contains("no store there"), compact.err());
        assertTrue(!Files.exists(dir.resolve("none")), "nothing is created");
    }
}
