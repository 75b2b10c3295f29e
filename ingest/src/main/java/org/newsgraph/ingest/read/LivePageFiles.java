package org.newsgraph.ingest.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Live pages saved as files. The file must be UTF-8: a byte that is not is refused, not
 * replaced, since a page in another encoding would otherwise be read as quietly garbled text.
 * <pre>
 * PageSource page = LivePageFiles.source(Path.of("harbour.txt"), ReadOptions.none());
 * ReadResult result = new PlainTextLivePageReader().read(page);
 * </pre>
 */
public final class LivePageFiles {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private LivePageFiles() {}

    /**
     * The page in a UTF-8 file, named by its file name, without any byte order mark.
     *
     * @throws PageRefused when the file is not UTF-8; the message names the first bad byte's offset and line
     * @throws IOException when the file cannot be read
     */
    public static PageSource source(Path file, ReadOptions options) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            // What was decoded is the text before the bad byte: its line count locates it.
            throw new PageRefused(name, Text.lineAt(out, out.length()), "byte " + in.position()
                    + " (counting from 0) is not UTF-8: save the page as UTF-8 text");
        }
        String text = out.toString();
        return new PageSource(name, !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text,
                options);
    }
}
