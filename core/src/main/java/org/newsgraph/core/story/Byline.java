package org.newsgraph.core.story;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The author of a post as the page prints it: a name, then often a line with their role
 * ("Defence correspondent, reporting from Brussels").
 */
public record Byline(String name, Optional<String> roleLine) {
    private static final Pattern TITLE_END = Pattern.compile(",|\\s(?:in|at|reporting from|from)\\s");

    public Byline {
        Objects.requireNonNull(roleLine, "roleLine");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a byline needs a name");
        }
    }

    /**
     * The title the role line gives, without where the author reports from:
     * "Defence correspondent, reporting from Brussels" → "Defence correspondent",
     * "Ukraine correspondent in Kyiv" → "Ukraine correspondent".
     */
    public Optional<String> title() {
        return roleLine.map(line -> TITLE_END.split(line, 2)[0].strip()).filter(t -> !t.isEmpty());
    }
}
