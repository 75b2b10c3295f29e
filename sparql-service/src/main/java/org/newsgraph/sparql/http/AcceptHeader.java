package org.newsgraph.sparql.http;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;

/**
 * An Accept header as Jena's {@link AcceptList}, without the media ranges that are not well
 * formed: Jena's parser fails on {@code text} or {@code q=abc} with a NullPointerException or a
 * NumberFormatException, which a client's typo must not turn into a 500.
 * <pre>
 *   AcceptHeader.parse("foo, application/json");   // application/json alone
 *   AcceptHeader.parse("text");                     // no range: nothing is acceptable (406)
 * </pre>
 */
public final class AcceptHeader {
    private AcceptHeader() {}

    /** The well-formed ranges ({@code type/subtype}, a numeric q) of {@code accept}, in order. */
    public static AcceptList parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String entry : accept.split(",")) {
            String range = entry.split(";", 2)[0].strip();
            if (!range.matches("[^/\\s]+/[^/\\s]+")) {
                continue;
            }
            try {
                MediaRange parsed = new MediaRange(entry.strip());
                parsed.get_q();
                ranges.add(parsed);
            } catch (RuntimeException malformed) {
                // Left out, as if the client had not sent it.
            }
        }
        return new AcceptList(ranges);
    }
}
