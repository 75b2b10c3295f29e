package org.newsgraph.ingest.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.read.PageRefused;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReadResult;
import org.newsgraph.ingest.read.StoryReader;

/**
 * Reads live pages, runs the extraction stages over each story and stores every post's graph.
 * <pre>
 *   IngestPipeline pipeline = IngestPipeline.create()
 *           .reader(new PlainTextLivePageReader())
 *           .extractor(entities).extractor(events)
 *           .target(store)                // or .sink(remoteGraphStore::write)
 *           .build();                     // names any stage whose requirements no earlier stage provides
 *   IngestReport report = pipeline.ingest(List.of(source));
 * </pre>
 * A page that cannot be read is counted and reported, and the next page is read; a post the
 * store refuses leaves the other posts of its page stored. A pipeline may be reused.
 */
public final class IngestPipeline {
    private static final String READ = "read";
    private static final String STORE = "store";

    private final StoryReader reader;
    private final List<Extractor> extractors;
    private final PostSink target;
    private final int batchSize;
    private final ProgressListener progress;

    private IngestPipeline(Builder builder) {
        this.reader = builder.reader;
        this.extractors = List.copyOf(builder.extractors);
        this.target = builder.target;
        this.batchSize = builder.batchSize;
        this.progress = builder.progress;
    }

    /** A builder with no stages, a batch of 64 posts per transaction and no progress reports. */
    public static Builder create() {
        return new Builder();
    }

    /** Ingests the pages in order; the report covers them all. */
    public IngestReport ingest(List<PageSource> pages) {
        Run run = new Run();
        for (PageSource page : pages) {
            run.page(page);
        }
        return run.report();
    }

    /** Notified after each batch of posts is stored. */
    @FunctionalInterface
    public interface ProgressListener {
        /** {@code done} of the page's {@code total} posts are through; {@code page} names it. */
        void progressed(String page, int done, int total);
    }

    /** The state of one {@link #ingest} call. */
    private final class Run {
        private final Warnings warnings = new Warnings();
        private final Map<String, Duration> stages = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private int read;
        private int written;
        private int unchanged;
        private int refused;
        private int pagesRefused;
        private long triples;

        void page(PageSource page) {
            ReadResult result;
            try {
                result = timed(READ, () -> reader.read(page));
            } catch (PageRefused e) {
                pagesRefused++;
                problems.add(e.getMessage());
                return;
            }
            result.problems().forEach(p -> problems.add(p.describe(page.name())));
            refused += result.problems().size();
            read += result.posts().size();
            AnnotatedStory story = AnnotatedStory.of(result.posts().stream()
                    .map(post -> PostFacts.of(PostSize.capped(post, warnings, page.name()))).toList());
            for (Extractor extractor : extractors) {
                AnnotatedStory input = story;
                story = timed(extractor.name(), () -> extractor.extract(input, warnings));
            }
            List<PostFacts> facts = story.posts();
            for (int from = 0; from < facts.size(); from += batchSize) {
                List<PostFacts> batch = facts.subList(from, Math.min(facts.size(), from + batchSize));
                count(batch, timed(STORE, () -> target.write(batch)), page.name());
                progress.progressed(page.name(), from + batch.size(), facts.size());
            }
        }

        private void count(List<PostFacts> batch, List<WriteResult> results, String page) {
            for (int i = 0; i < results.size(); i++) {
                WriteResult result = results.get(i);
                triples += result.triples();
                switch (result.outcome()) {
                    case WRITTEN -> written++;
                    case UNCHANGED -> unchanged++;
                    case REFUSED -> {
                        refused++;
                        problems.add(page + ": line " + batch.get(i).post().line() + ": the post's graph was refused:\n"
                                + result.problem().orElseThrow().indent(2).stripTrailing());
                    }
                }
            }
        }

        private <T> T timed(String stage, Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                stages.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
            }
        }

        IngestReport report() {
            return new IngestReport(read, written, unchanged, refused, pagesRefused, triples, problems,
                    warnings.countsByKind(), stages);
        }
    }

    /** Sets up a pipeline; {@link #build()} checks that it can run. */
    public static final class Builder {
        private StoryReader reader;
        private final List<Extractor> extractors = new ArrayList<>();
        private PostSink target;
        private int batchSize = 64;
        private ProgressListener progress = (page, done, total) -> { };

        private Builder() {}

        /** The reader of the pages' format. Required. */
        public Builder reader(StoryReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /** Adds an extraction stage, run after those added before it. */
        public Builder extractor(Extractor extractor) {
            extractors.add(Objects.requireNonNull(extractor, "extractor"));
            return this;
        }

        /** The store that receives the posts' graphs. This or {@link #sink} is required. */
        public Builder target(Store store) {
            return sink(Objects.requireNonNull(store, "store")::write);
        }

        /** What receives the posts' graphs, when it is not a local store. */
        public Builder sink(PostSink sink) {
            this.target = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** How many posts go into one write transaction; at least 1. */
        public Builder batchSize(int posts) {
            if (posts < 1) {
                throw new IllegalArgumentException("a batch holds at least one post: " + posts);
            }
            this.batchSize = posts;
            return this;
        }

        /** Told of progress after each batch. */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The pipeline.
         *
         * @throws IllegalStateException when the reader or the target is missing, or a stage
         *                               requires what no earlier stage provides (naming both)
         */
        public IngestPipeline build() {
            if (reader == null) {
                throw new IllegalStateException("an ingest pipeline needs a reader");
            }
            if (target == null) {
                throw new IllegalStateException("an ingest pipeline needs a target: a store or a sink");
            }
            Set<Capability> available = EnumSet.of(Capability.POSTS);
            for (Extractor extractor : extractors) {
                Set<Capability> missing = EnumSet.noneOf(Capability.class);
                missing.addAll(extractor.requires());
                missing.removeAll(available);
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("stage '" + extractor.name() + "' requires " + missing
                            + ", which no stage before it provides");
                }
                available.addAll(extractor.provides());
            }
            return new IngestPipeline(this);
        }
    }
}
