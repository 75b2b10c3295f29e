package org.newsgraph.sparql.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsgraph.sparql.refusal.MalformedRequest;

/**
 * Reads a request body as UTF-8, refusing bytes that are no UTF-8 rather than storing U+FFFD in
 * their place (Java's {@code new String(bytes, UTF_8)} replaces them silently):
 * <pre>
 *   String update = Utf8Body.text(body, "update");   // 400 "The update is not UTF-8: ..." for Latin-1 bytes
 * </pre>
 */
public final class Utf8Body {
    private Utf8Body() {}

    /** The body's text. @throws MalformedRequest naming the first byte that is no UTF-8 */
    public static String text(byte[] body, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequest("The " + what + " is not UTF-8: byte " + (bytes.position() + 1)
                    + " starts no UTF-8 character; send it in UTF-8");
        }
    }
}
