package org.newsgraph.sparql.graphstore;

/** What a PUT or POST did to its graph: the protocol answers 201 for a new graph, 204 for a changed one. */
enum GraphWrite {
    CREATED,
    CHANGED
}
