package org.newsgraph.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.extract.event.TriggerWords;
import org.newsgraph.ingest.extract.nlp.Nlp;
import org.newsgraph.ingest.extract.nlp.PostDoc;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;

/**
 * The first extraction stage: each post's body and captions split into sentences and tagged by
 * CoreNLP (see {@code extract.nlp.Nlp}), the sentences that may hold an event parsed, put into
 * the story as {@link #TEXTS} for the stages after it. Posts are annotated in parallel, on
 * {@link #THREADS} threads; a post that cannot be annotated becomes a warning and an empty text.
 * The CoreNLP models load on the first story (10–30 s) and need about 2 GB of heap.
 */
public final class TextAnnotator implements Extractor {
    /** Each post's annotated body and captions. */
    static final AnnotatedStory.Key<PostTexts> TEXTS = AnnotatedStory.Key.of("annotated texts", PostTexts.class);
    /** Threads that annotate posts; CoreNLP's pipelines are safe to share between them. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Sentences of one post that may be parsed; the rest of a very long post is only tagged. */
    static final int PARSE_BUDGET = 80;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "newsgraph-nlp");
        t.setDaemon(true);
        return t;
    });

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.POSTS);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.ANNOTATION);
    }

    @Override
    public AnnotatedStory extract(AnnotatedStory story, Warnings warnings) {
        List<Post> posts = story.posts().stream().map(PostFacts::post).toList();
        Nlp nlp = posts.isEmpty() ? null : Nlp.get();
        List<Future<PostDoc[]>> jobs = new ArrayList<>();
        for (Post post : posts) {
            jobs.add(POOL.submit(() -> annotate(nlp, post, warnings)));
        }
        List<PostDoc> bodies = new ArrayList<>();
        List<List<PostDoc>> captions = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            PostDoc[] docs;
            try {
                docs = jobs.get(i).get();
            } catch (Exception e) {
                warnings.add("nlp-failed", where(post), "the text could not be annotated: " + e);
                docs = new PostDoc[] {new PostDoc(post.body(), List.of(), false)};
            }
            bodies.add(docs[0]);
            List<PostDoc> caps = new ArrayList<>();
            for (int k = 1; k < docs.length; k++) {
                caps.add(docs[k]);
            }
            captions.add(caps);
        }
        return story.with(TEXTS, new PostTexts(bodies, captions));
    }

    private static PostDoc[] annotate(Nlp nlp, Post post, Warnings warnings) {
        LocalDate date = post.publishedAt().toLocalDate();
        String body = post.body();
        List<PostDoc> out = new ArrayList<>();
        try {
            if (!Nlp.looksEnglish(body)) {
                warnings.add("non-english", where(post), "the post does not read as English; nothing was extracted from it");
                out.add(new PostDoc(body, List.of(), false));
            } else {
                String text = body;
                if (text.length() > Nlp.MAX_CHARS) {
                    text = Nlp.cut(body, Nlp.MAX_CHARS);
                    warnings.add("long-post", where(post), "only the first " + text.length() + " of " + body.length()
                            + " characters were read");
                }
                PostDoc doc = nlp.annotate(text, date, false);
                long candidates = doc.sentences().stream().filter(TriggerWords::mayHoldEvent).count();
                if (candidates > PARSE_BUDGET) {
                    warnings.add("long-post", where(post), "only " + PARSE_BUDGET + " of " + candidates
                            + " sentences that may hold an event were parsed");
                }
                nlp.parse(doc, TriggerWords::mayHoldEvent, PARSE_BUDGET);
                out.add(doc);
            }
        } catch (RuntimeException e) {
            warnings.add("nlp-failed", where(post), "the text could not be annotated: " + e);
            out.clear();
            out.add(new PostDoc(body, List.of(), false));
        }
        for (Image image : post.images()) {
            try {
                String caption = image.caption();
                if (!caption.isBlank() && caption.length() < 2_000 && Nlp.looksEnglish(caption)) {
                    out.add(nlp.annotate(caption, date, true));
                }
            } catch (RuntimeException e) {
                warnings.add("nlp-failed", where(post), "a caption could not be annotated: " + e);
            }
        }
        return out.toArray(new PostDoc[0]);
    }

    static String where(Post post) {
        return post.story().slug() + " post " + post.position() + " (line " + post.line() + ")";
    }
}
