package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.entity.EntityKind;

/** "the Commission" after "the European Commission": a one-word organisation name is the one longer name of the story that ends with it. */
final class ShortOrganisationName implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        for (StoryEntity shortName : new ArrayList<>(m.ents.values())) {
            if (shortName.kind != EntityKind.ORGANISATION || Lexicon.key(shortName.label).contains(" ")) {
                continue;
            }
            String word = Lexicon.key(shortName.label);
            List<StoryEntity> longer = new ArrayList<>();
            for (StoryEntity e : m.ents.values()) {
                if (e.kind == EntityKind.ORGANISATION && e != shortName && Lexicon.key(e.label).endsWith(" " + word)) {
                    longer.add(e);
                }
            }
            if (longer.size() == 1) {
                m.merge(shortName, longer.get(0));
            }
        }
    }
}
