package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.story.PostFacts;

/**
 * The generated posts the benchmarks load: {@code stories × postsPerStory} posts of
 * {@link SyntheticStories} about a cast of {@code cast} people, each post a named graph as the
 * store would write it.
 */
record Corpus(int stories, int postsPerStory, int cast, long seed) {
    Corpus(int stories, int postsPerStory, long seed) {
        this(stories, postsPerStory, SyntheticStories.BASE_CAST, seed);
    }

    int posts() {
        return stories * postsPerStory;
    }

    /** Hands the posts to {@code sink}, with as many more stories after them as {@code moreStories}. */
    void generate(int moreStories, Consumer<PostFacts> sink) {
        new SyntheticStories(seed, cast).generate(stories + moreStories, postsPerStory, sink);
    }

    /** Writes the posts' graphs to {@code file} as gzip N-Quads; the number of quads. */
    long write(Path file, String base) {
        IriMinter iris = new IriMinter(base, SlugRegistry.inMemory());
        long[] quads = {0};
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF out = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            out.start();
            generate(0, facts -> {
                Node graph = NodeFactory.createURI(iris.graph(facts.post()));
                PostGraph.of(facts, iris).find().forEachRemaining(t -> {
                    out.quad(Quad.create(graph, t));
                    quads[0]++;
                });
            });
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return quads[0];
    }
}
