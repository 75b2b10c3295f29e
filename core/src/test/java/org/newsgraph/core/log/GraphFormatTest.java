package org.newsgraph.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.store.GraphChange;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;

/** Each graph message format writes a post graph whole and reads back the same triples; what is not exactly the keyed graph is refused. */
class GraphFormatTest {
    private static final IriMinter IRIS = new IriMinter(LogFixtures.BASE, SlugRegistry.inMemory());
    private static final Post POST = LogFixtures.post(LogFixtures.STORY, 1, 15, "Ferries resume", "The first ferry left at noon.");
    private static final String IRI = IRIS.graph(POST);

    @ParameterizedTest
    @EnumSource(GraphFormat.class)
    void aPostGraphComesBackAsItWent(GraphFormat format) {
        Graph graph = PostGraph.of(PostFacts.of(POST), IRIS);
        GraphChange change = GraphMessages.decode(IRI, Optional.of(format.mediaType()), format.encode(IRI, graph));
        assertEquals(IRI, change.graphIri());
        assertEquals(triples(graph), triples(change.graph().orElseThrow()));
        assertTrue(graph.size() > 10, "a post graph of some size: " + graph.size());
    }

    @Test
    void anRdfPatchThatDeletesOrAbortsOrTouchesAnotherGraphIsRefused() {
        String other = LogFixtures.BASE + "graph/post/elsewhere/1";
        assertRefused("TX .\nD <http://x/s> <http://x/p> <http://x/o> <" + IRI + "> .\nTC .\n", "no D rows");
        assertRefused("TX .\nA <http://x/s> <http://x/p> <http://x/o> <" + IRI + "> .\nTA .\n", "not an aborted one");
        assertRefused("TX .\nA <http://x/s> <http://x/p> <http://x/o> <" + other + "> .\nTC .\n", "not in the keyed graph");
        assertRefused("TX .\nA <http://x/s> <http://x/p .\n", "not RDF Patch");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        MessageRefused refused = assertThrows(MessageRefused.class,
                () -> GraphMessages.decode(IRI, Optional.of("text/turtle"), "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8)));
        assertEquals("unknown format text/turtle; expected application/n-quads or application/rdf-patch", refused.getMessage());
    }

    private static void assertRefused(String patch, String why) {
        MessageRefused refused = assertThrows(MessageRefused.class, () -> GraphMessages.decode(IRI,
                Optional.of(GraphFormat.RDF_PATCH.mediaType()), patch.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }

    private static Set<String> triples(Graph graph) {
        return graph.find().toList().stream().map(Object::toString).collect(Collectors.toSet());
    }
}
