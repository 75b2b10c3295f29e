package org.newsgraph.ingest.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;
import org.newsgraph.ingest.extract.nlp.Nlp;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import org.newsgraph.ingest.read.ReadOptions;

/**
 * Measures the extraction: model load time, posts per second on the development page and on a
 * generated corpus of varied posts (stories of 20 posts), and the peak heap.
 * <pre>
 *   java -Xmx3g ... org.newsgraph.ingest.extract.ExtractionSpeed /work/shared 1000
 * </pre>
 */
public final class ExtractionSpeed {
    private static final String[] PEOPLE = {"Amara Okafor", "Lukas Brandt", "Mei Tanaka", "Jorge Salinas", "Ingrid Holm",
            "Farid Haddad", "Priya Raman", "Tomasz Nowak", "Elena Petrova", "Samuel Mensah"};
    private static final String[] COUNTRIES = {"Kenya", "Norway", "Japan", "Brazil", "Poland", "Egypt", "Canada", "India",
            "Turkey", "Chile", "France", "Ghana"};
    private static final String[] CITIES = {"Nairobi", "Oslo", "Osaka", "Recife", "Gdansk", "Cairo", "Toronto", "Mumbai"};
    private static final String[] TITLES = {"Foreign Minister", "Finance Minister", "President", "Prime Minister",
            "Trade Secretary", "spokeswoman"};
    private static final String[] TEMPLATES = {
        "%2$s's %4$s %1$s met officials from %3$s in %5$s today to discuss the harbour project.",
        "%1$s said the floods had displaced more than 3,000 families across %3$s.",
        "\"We will not abandon the farmers,\" %1$s told reporters in %5$s.",
        "%2$s pledged $%6$dm in emergency aid to %3$s on Tuesday, the %4$s said.",
        "The %2$s government accused %3$s of blocking grain shipments at the border.",
        "%1$s travelled to %3$s on Monday for a two-day visit.",
        "Shelling hit the outskirts of %5$s overnight, local officials in %3$s said.",
        "Markets in %5$s were calm as traders waited for the central bank decision.",
        "Heavy rain is expected across the north of %3$s later this week, forecasters say.",
        "%4$s %1$s has yet to decide whether to attend the summit in %5$s."};

    private ExtractionSpeed() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int corpus = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long t0 = System.nanoTime();
        Nlp nlp = Nlp.get();
        System.out.printf("model load: %.1f s%n", nlp.loadMillis() / 1000.0);
        List<Post> seed = new PlainTextLivePageReader().read(LivePageFiles.source(
                shared.resolve("seeds").resolve(SeedExtractionHarness.SEED), ReadOptions.none().withYear(2025))).posts();
        run("seed (warm-up)", List.of(seed));
        run("seed", List.of(seed));
        List<List<Post>> stories = generate(corpus);
        run("generated corpus of " + corpus + " posts", stories);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap used: %d MB (max %d MB); total %.1f s%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - t0) / 1e9);
    }

    private static void run(String what, List<List<Post>> stories) {
        Warnings warnings = new Warnings();
        long start = System.nanoTime();
        int posts = 0;
        int events = 0;
        for (List<Post> story : stories) {
            AnnotatedStory annotated = AnnotatedStory.of(story.stream().map(PostFacts::of).toList());
            for (Extractor e : StandardExtraction.extractors()) {
                annotated = e.extract(annotated, warnings);
            }
            List<PostFacts> facts = annotated.posts();
            posts += facts.size();
            events += facts.stream().mapToInt(f -> f.events().size()).sum();
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d posts, %d events in %.1f s = %.1f posts/s; warnings %s%n", what, posts, events, s,
                posts / s, warnings.countsByKind());
    }

    /** Stories of 20 varied posts of one to four sentences each. */
    static List<List<Post>> generate(int n) {
        Random random = new Random(42);
        List<List<Post>> stories = new ArrayList<>();
        OffsetDateTime time = OffsetDateTime.parse("2025-06-02T18:00:00+01:00");
        List<Post> current = new ArrayList<>();
        Story story = null;
        for (int i = 0; i < n; i++) {
            if (i % 20 == 0) {
                if (!current.isEmpty()) {
                    stories.add(current);
                }
                current = new ArrayList<>();
                story = new Story("generated-" + (i / 20), "Generated story " + (i / 20), Optional.empty());
            }
            StringBuilder body = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                String t = TEMPLATES[random.nextInt(TEMPLATES.length)];
                body.append(k > 0 ? (random.nextBoolean() ? " " : "\n\n") : "").append(String.format(t,
                        PEOPLE[random.nextInt(PEOPLE.length)], COUNTRIES[random.nextInt(COUNTRIES.length)],
                        COUNTRIES[random.nextInt(COUNTRIES.length)], TITLES[random.nextInt(TITLES.length)],
                        CITIES[random.nextInt(CITIES.length)], 5 + random.nextInt(500)));
            }
            OffsetDateTime at = time.minusMinutes(3L * i);
            current.add(new Post(story, Post.idFor(at, 1), current.size() + 1, "Update " + i, body.toString(), at,
                    List.of(), false, List.of(), 1 + i));
        }
        if (!current.isEmpty()) {
            stories.add(current);
        }
        return stories;
    }
}
