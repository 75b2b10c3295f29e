package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "the Northern Fisheries Board (NFB)": an acronym in brackets after an organisation's name is that
 * organisation, wherever the story uses it, tagged or not. An acronym never expanded so is the one
 * organisation of the story whose initials it spells.
 */
final class AcronymExpansion implements ResolutionPass {
    private static final String ACRONYM = "[A-Z][A-Z&]{1,6}";

    @Override
    public void apply(Mentions m) {
        Map<String, StoryEntity> expanded = new HashMap<>();
        for (StoryText t : m.texts()) {
            for (EntityMention o : new ArrayList<>(t.occs)) {
                Sentence s = t.sentences().get(o.sent);
                if (o.ent != null && o.ent.kind == EntityKind.ORGANISATION && o.to + 2 < s.size()
                        && s.tok(o.to).word().matches("-LRB-|\\(") && s.tok(o.to + 1).word().matches(ACRONYM)
                        && s.tok(o.to + 2).word().matches("-RRB-|\\)") && !o.ent.label.matches(ACRONYM)) {
                    expanded.putIfAbsent(s.tok(o.to + 1).word(), o.ent);
                }
            }
        }
        for (StoryEntity org : new ArrayList<>(m.ents.values())) {
            if (org.kind == EntityKind.ORGANISATION && org.label.matches(ACRONYM) && !expanded.containsKey(org.label)) {
                StoryEntity spelt = spelledBy(m, org.label);
                if (spelt != null) {
                    expanded.put(org.label, spelt);
                }
            }
        }
        expanded.forEach((acronym, org) -> {
            org.alias(acronym);
            for (StoryEntity other : new ArrayList<>(m.ents.values())) {
                if (other != org && Lexicon.key(other.label).equals(Lexicon.key(acronym)) && other.kind != EntityKind.COUNTRY) {
                    m.merge(other, org);
                }
            }
            untagged(m, acronym, org);
        });
    }

    /** The one organisation whose capitalised words begin with the acronym's letters, in order. */
    private static StoryEntity spelledBy(Mentions m, String acronym) {
        List<StoryEntity> found = new ArrayList<>();
        for (StoryEntity e : m.ents.values()) {
            if (e.kind == EntityKind.ORGANISATION && initials(e.label).equals(acronym)) {
                found.add(e);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** Uses of the acronym the tagger left untagged are mentions of the organisation too. */
    private static void untagged(Mentions m, String acronym, StoryEntity org) {
        for (StoryText t : m.texts()) {
            for (Sentence s : t.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    if (s.tok(i).word().equals(acronym) && t.covering(s.index(), i) == null) {
                        t.add(s, i, i + 1, EntityMention.How.NAME, org);
                    }
                }
            }
        }
    }
}
