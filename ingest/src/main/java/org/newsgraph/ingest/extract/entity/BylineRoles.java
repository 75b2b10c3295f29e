package org.newsgraph.ingest.extract.entity;

import java.util.List;
import java.util.Locale;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.story.Byline;

/**
 * Each byline's author is a person the post mentions; with a publisher found in the text, the byline's
 * title ("Ukraine correspondent") is a role held there. Without one, the post keeps the byline's title itself.
 */
final class BylineRoles implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        for (int p = 0; p < m.bylines.size(); p++) {
            for (Byline b : m.bylines.get(p)) {
                List<StoryEntity> same = m.people(x -> Lexicon.key(x.label).equals(Lexicon.key(b.name())));
                StoryEntity person = same.isEmpty() ? m.ent(EntityKind.PERSON, b.name()) : same.get(same.size() - 1);
                person.named = true;
                if (m.publisher != null) {
                    b.title().ifPresent(title -> person.roles.add(
                            new StoryEntity.RoleOf(Titles.capitalise(title.toLowerCase(Locale.ROOT)), m.publisher)));
                }
                m.mention(p, person);
            }
        }
    }
}
