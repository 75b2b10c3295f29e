package org.newsgraph.ingest.extract.entity;

import java.util.List;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** "Germany's defence minister", "the Russian President" with no name: the one person of the story who holds that title there. */
final class TitleAlone implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        for (StoryText t : m.bodies) {
            for (Sentence s : t.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    if (Lexicon.isTitleHead(s.tok(i).word()) && !beforeName(s, i + 1) && t.covering(s.index(), i) == null) {
                        resolve(m, t, s, i + 1);
                    }
                }
            }
        }
    }

    /** Whether the title goes on to a name or another title, where the name passes read it. */
    private static boolean beforeName(Sentence s, int end) {
        return end < s.size() && (s.tok(end).ner().equals("PERSON") || s.tok(end).pos().equals("POS")
                || Lexicon.isTitleHead(s.tok(end).word())
                || s.tok(end).word().equals(",") && end + 1 < s.size() && s.tok(end + 1).ner().equals("PERSON"));
    }

    private static void resolve(Mentions m, StoryText t, Sentence s, int end) {
        Titles.Title title = Titles.before(m, t, s, end);
        if (title == null || title.of() == null || title.of().kind != EntityKind.COUNTRY) {
            return;
        }
        String head = Titles.head(title.text());
        List<StoryEntity> holders = m.people(e -> e.roles.stream()
                .anyMatch(r -> r.of() == title.of() && Titles.head(r.title()).equals(head)));
        if (holders.size() == 1) {
            StoryEntity found = holders.get(0);
            EntityMention o = t.add(s, title.from(), end, EntityMention.How.ROLE, found);
            found.alias(o.surface);
        }
    }
}
