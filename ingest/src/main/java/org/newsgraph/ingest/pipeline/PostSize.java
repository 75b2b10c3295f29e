package org.newsgraph.ingest.pipeline;

import org.newsgraph.core.story.Post;

/**
 * The most text one post may bring into the store: a body past {@value #MOST_CHARS} characters
 * is cut there (at a paragraph or word break when one is near) and a {@code cut-post} warning
 * says so, which the run's summary counts.
 * <pre>
 *   Post stored = PostSize.capped(post, warnings, "page.txt");   // the same post when it is short enough
 * </pre>
 * A live page's post is a few thousand characters; a 50 MB body is a broken page or a hostile
 * one, and would be stored and served whole. Only the first {@code Nlp.MAX_CHARS} are read for
 * facts anyway.
 */
final class PostSize {
    static final int MOST_CHARS = 200_000;
    /** How far back from the cap a paragraph or word break is looked for. */
    private static final int BREAK_WITHIN = 2_000;

    private PostSize() {}

    static Post capped(Post post, Warnings warnings, String page) {
        String body = post.body();
        if (body.length() <= MOST_CHARS) {
            return post;
        }
        int cut = body.lastIndexOf("\n\n", MOST_CHARS);
        if (cut < MOST_CHARS - BREAK_WITHIN) {
            cut = body.lastIndexOf(' ', MOST_CHARS);
        }
        if (cut < MOST_CHARS - BREAK_WITHIN) {
            cut = MOST_CHARS;
        }
        warnings.add("cut-post", page + ": line " + post.line(), "the body was cut to its first " + cut + " of "
                + body.length() + " characters; a post may hold " + MOST_CHARS);
        return new Post(post.story(), post.id(), post.position(), post.headline(), body.substring(0, cut).stripTrailing(),
                post.publishedAt(), post.authors(), post.breaking(), post.images(), post.line());
    }
}
