package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.store.Store;

/** {@code newsgraph backup} and {@code newsgraph restore} on real TDB2 folders. */
class BackupCommandTest {
    private static final String BASE = "http://example.org/";

    @TempDir
    Path dir;

    @Test
    void aBackupRestoresToAStoreWithTheSameQuadsAndBase() throws Exception {
        Path store = dir.resolve("tdb2");
        Path quads = Files.writeString(dir.resolve("g.nq"), "<http://example.org/s> <http://example.org/p> \"one\" <http://example.org/graph/a> .\n"
                + "<http://example.org/s> <http://example.org/p> \"two\" <http://example.org/graph/b> .\n");
        assertEquals(0, CommandRun.of("load", "--store", store.toString(), "--base", BASE, quads.toString()).exitCode());
        Path file = dir.resolve("backups/newsgraph.nq.gz");
        CommandRun backup = CommandRun.of("backup", "--store", store.toString(), "--base", BASE, "--to", file.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().contains("2 graphs, 2 quads"), backup.out());
        CommandRun restore = CommandRun.of("restore", file.toString(), "--store", dir.resolve("copy").toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("2 quads under " + BASE), restore.out());
        try (Store copy = Store.open(dir.resolve("copy"), BASE)) {
            assertEquals(2, copy.size());
        }
        CommandRun again = CommandRun.of("restore", file.toString(), "--store", dir.resolve("copy").toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("holds files already"), again.err());
    }
}
