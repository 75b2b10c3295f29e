package org.newsgraph.ingest.extract.entity;

/**
 * One rule of entity resolution: it reads the shared {@link Mentions} and adds mentions, links them
 * to entities or gives entities roles. Passes run in the fixed order of {@link StoryEntities#PASSES};
 * each may rely on what the passes before it found.
 */
interface ResolutionPass {
    void apply(Mentions m);
}
