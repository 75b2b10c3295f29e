package org.newsgraph.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;

/**
 * A post's text below its header, taken apart: bylines at the top, images anywhere, and the
 * paragraphs left, joined with a blank line.
 *
 * @param text    the paragraphs; lines of one paragraph joined with a line break, bullets one paragraph each
 * @param authors the bylines that open the post
 * @param images  the pictures, caption and credit, in page order
 */
record PostBody(String text, List<Byline> authors, List<Image> images) {
    /** Glued to the end of a caption on the page: "Steve WitkoffImage source, Reuters". */
    private static final String IMAGE_SOURCE = "Image source,";
    private static final String BULLET = "•";
    /** Page furniture between posts, not text of the post above it. */
    private static final Pattern STREAM_PAGE = Pattern.compile("LIVE stream page \\d++");
    /** A name as bylines print it: two to four capitalised words, hyphens and apostrophes allowed. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*+(?: \\p{Lu}[\\p{L}\\p{M}'’-]*+){1,3}+");
    /** Role lines are short and, unlike a one-line paragraph, do not end as a sentence does. */
    private static final int MAX_ROLE_LENGTH = 100;
    private static final String SENTENCE_ENDS = ".!?:;\"”'’…";

    PostBody {
        authors = List.copyOf(authors);
        images = List.copyOf(images);
    }

    /** The body of the given lines, which follow a post's header. */
    static PostBody of(List<String> lines) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (String raw : lines) {
            String line = Text.strip(raw);
            String spaced = Text.spaced(line);
            int credit = spaced.indexOf(IMAGE_SOURCE);
            if (line.isEmpty() || STREAM_PAGE.matcher(spaced).matches()) {
                paragraph = close(paragraph, paragraphs);
            } else if (credit >= 0) {
                paragraph = close(paragraph, paragraphs);
                images.add(image(line, credit));
            } else if (line.startsWith(BULLET)) {
                paragraph = close(paragraph, paragraphs);
                paragraphs.add(List.of(Text.strip(line.substring(BULLET.length()))));
            } else {
                paragraph.add(line);
            }
        }
        close(paragraph, paragraphs);
        List<Byline> authors = new ArrayList<>();
        while (!paragraphs.isEmpty() && isByline(paragraphs.get(0))) {
            List<String> byline = paragraphs.remove(0);
            authors.add(new Byline(byline.get(0), Optional.of(byline.get(1))));
        }
        List<String> texts = paragraphs.stream().map(p -> String.join("\n", p)).toList();
        return new PostBody(String.join("\n\n", texts), authors, images);
    }

    /** Adds the paragraph, if any, and starts a new one. */
    private static List<String> close(List<String> paragraph, List<List<String>> paragraphs) {
        if (paragraph.isEmpty()) {
            return paragraph;
        }
        paragraphs.add(paragraph);
        return new ArrayList<>();
    }

    /** "John Healey, Rustem Umerov in BrusselsImage source, Getty Images"; a credit alone gives an empty caption. */
    private static Image image(String line, int credit) {
        String by = Text.strip(line.substring(credit + IMAGE_SOURCE.length()));
        return new Image(Text.strip(line.substring(0, credit)), by.isEmpty() ? Optional.empty() : Optional.of(by));
    }

    /**
     * A name line and a role line ("Defence correspondent, reporting from Brussels"). A lone
     * name line is not taken: it cannot be told from a short sentence without a full stop.
     */
    private static boolean isByline(List<String> paragraph) {
        if (paragraph.size() != 2) {
            return false;
        }
        String role = paragraph.get(1);
        return NAME.matcher(Text.spaced(paragraph.get(0))).matches()
                && role.length() <= MAX_ROLE_LENGTH
                && Character.isUpperCase(role.charAt(0))
                && SENTENCE_ENDS.indexOf(role.charAt(role.length() - 1)) < 0;
    }
}
