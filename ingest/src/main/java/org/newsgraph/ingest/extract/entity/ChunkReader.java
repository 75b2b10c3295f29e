package org.newsgraph.ingest.extract.entity;

import org.newsgraph.ingest.extract.nlp.Sentence;

/** Turns a run of tokens CoreNLP tagged alike (tokens [from, to)) into mentions; one reader per tag family. */
interface ChunkReader {
    void read(Mentions m, StoryText t, Sentence s, int from, int to);
}
