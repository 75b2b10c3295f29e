package org.newsgraph.core.story;

import java.util.Objects;
import java.util.Optional;

/** A picture in a post: its caption and whom it is credited to, both kept out of the post's body. */
public record Image(String caption, Optional<String> credit) {
    public Image {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
    }
}
