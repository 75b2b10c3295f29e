package org.newsgraph.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivePageFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutTheByteOrderMark() throws IOException {
        Path file = dir.resolve("quay.txt");
        Files.writeString(file, "\uFEFFQuay café “open”\n", StandardCharsets.UTF_8);

        PageSource source = LivePageFiles.source(file, ReadOptions.none().withYear(2031));

        assertEquals("quay.txt", source.name());
        assertEquals("Quay café “open”\n", source.text());
        assertEquals(2031, source.options().year().getAsInt());
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingOffsetAndLine() throws IOException {
        Path file = dir.resolve("latin1.txt");
        byte[] head = "line one\nline two\nthe caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // "é" in Latin-1, not followed by UTF-8 continuation bytes
        bytes[head.length + 1] = '\n';
        Files.write(file, bytes);

        PageRefused refused = assertThrows(PageRefused.class, () -> LivePageFiles.source(file, ReadOptions.none()));

        assertEquals(3, refused.line().getAsInt());
        assertTrue(refused.getMessage().startsWith("latin1.txt: line 3: byte " + head.length + " "), refused.getMessage());
        assertTrue(refused.getMessage().contains("not UTF-8"), refused.getMessage());
    }
}
