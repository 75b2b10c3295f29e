package org.newsgraph.ontology;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the ontology and its SHACL shapes are on the classpath, and the prefixes newsgraph
 * writes them with. This module parses nothing itself: callers read the Turtle with RIOT.
 * <pre>
 *   Model ontology = ModelFactory.createDefaultModel();
 *   try (InputStream in = NewsgraphOntology.openOntology()) {
 *       RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
 *   }
 *   Shapes shapes;
 *   try (InputStream in = NewsgraphOntology.openShapes()) {
 *       shapes = Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
 *   }
 * </pre>
 */
public final class NewsgraphOntology {
    /** Classpath path of the OWL ontology, in Turtle. */
    public static final String ONTOLOGY_RESOURCE = "/org/newsgraph/ontology/newsgraph.ttl";

    /** Classpath path of the SHACL shapes, in Turtle. */
    public static final String SHAPES_RESOURCE = "/org/newsgraph/ontology/newsgraph-shapes.ttl";

    /** The namespace of the shapes, {@code ngsh:}. */
    public static final String SHAPES_NS = "https://w3id.org/newsgraph/shapes#";

    /**
     * Prefix to namespace, unmodifiable, in a fixed order (ng first): the namespaces the
     * ontology and the shapes use, for writers and for SPARQL prologues.
     */
    public static final Map<String, String> PREFIXES = prefixes();

    private NewsgraphOntology() {}

    /** A new stream over {@link #ONTOLOGY_RESOURCE}; the caller closes it. */
    public static InputStream openOntology() {
        return open(ONTOLOGY_RESOURCE);
    }

    /** A new stream over {@link #SHAPES_RESOURCE}; the caller closes it. */
    public static InputStream openShapes() {
        return open(SHAPES_RESOURCE);
    }

    private static InputStream open(String path) {
        InputStream in = NewsgraphOntology.class.getResourceAsStream(path);
        if (in == null) {
            // Only a broken build or a repackaged jar loses it: nothing to recover, say where to look.
            throw new IllegalStateException("not on the classpath: " + path);
        }
        return in;
    }

    private static Map<String, String> prefixes() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ng", NG.NS);
        map.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.put("owl", "http://www.w3.org/2002/07/owl#");
        map.put("schema", "https://schema.org/");
        map.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        map.put("prov", "http://www.w3.org/ns/prov#");
        map.put("foaf", "http://xmlns.com/foaf/0.1/");
        map.put("org", "http://www.w3.org/ns/org#");
        map.put("skos", "http://www.w3.org/2004/02/skos/core#");
        map.put("dcterms", "http://purl.org/dc/terms/");
        map.put("oa", "http://www.w3.org/ns/oa#");
        map.put("sh", "http://www.w3.org/ns/shacl#");
        return Collections.unmodifiableMap(map);
    }
}
