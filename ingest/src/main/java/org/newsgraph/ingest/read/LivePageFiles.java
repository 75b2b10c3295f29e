package org.newsgraph.ingest.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
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
        return new PageSource(name, decode(name, Files.readAllBytes(file), StandardCharsets.UTF_8), options);
    }

    /**
     * The text of a page's bytes in the given encoding, without any byte order mark; a byte
     * that is not of that encoding is refused, not replaced.
     *
     * @throws PageRefused naming the first bad byte's offset and line
     */
    static String decode(String name, byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            // What was decoded is the text before the bad byte: its line count locates it.
            throw new PageRefused(name, Text.lineAt(out, out.length()), "byte " + in.position()
                    + " (counting from 0) is not " + charset.name() + ": save the page as " + charset.name() + " text");
        }
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
