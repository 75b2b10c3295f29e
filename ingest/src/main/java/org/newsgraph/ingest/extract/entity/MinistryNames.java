package org.newsgraph.ingest.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Ministries: "the Russian Defence Ministry", "Germany's Ministry of Defence", and "the defence
 * ministry" without a country, which is the ministry of that topic the story named last.
 */
final class MinistryNames implements ResolutionPass {
    private static final Pattern MINISTRY_OF = Pattern.compile(
            "(?i)ministry of ((?:[A-Z][a-z]+)(?: (?:and|of) [A-Z][a-z]+)?)");

    @Override
    public void apply(Mentions m) {
        StoryEntity last = null;
        for (StoryText t : m.texts()) {
            for (Sentence s : t.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    if (s.tok(i).lower().equals("ministry")) {
                        last = ministry(m, t, s, i, last);
                    }
                }
            }
        }
    }

    /** Reads the ministry at token {@code i}; gives the last ministry named, this one if it was. */
    private static StoryEntity ministry(Mentions m, StoryText t, Sentence s, int i, StoryEntity last) {
        List<Token> tok = s.toks();
        String text = t.text();
        String topic = null;
        int from = i;
        int to = i + 1;
        Matcher mo = MINISTRY_OF.matcher(text.substring(tok.get(i).begin(), Math.min(text.length(), tok.get(i).begin() + 60)));
        if (mo.lookingAt()) {
            topic = mo.group(1);
            int endChar = tok.get(i).begin() + mo.end();
            while (to < tok.size() && tok.get(to).end() <= endChar) {
                to++;
            }
        } else if (i > 0 && (tok.get(i - 1).pos().startsWith("NN") || tok.get(i - 1).pos().startsWith("JJ"))
                && Lexicon.country(tok.get(i - 1).word()).isEmpty() && Lexicon.countryOfDemonym(tok.get(i - 1).word()).isEmpty()) {
            topic = tok.get(i - 1).word();
            from = i - 1;
        }
        if (topic == null) {
            return last;
        }
        Optional<String> country = Optional.empty();
        int start = from;
        if (from > 0) {
            Token before = tok.get(from - 1);
            if (Lexicon.countryOfDemonym(before.word()).isPresent()) {
                country = Lexicon.countryOfDemonym(before.word());
                start = from - 1;
            } else if (before.pos().equals("POS") && from > 1 && Lexicon.country(tok.get(from - 2).word()).isPresent()) {
                country = Lexicon.country(tok.get(from - 2).word());
                start = from - 2;
            } else if (before.pos().equals("POS") && t.endingAt(s.index(), from - 1) != null
                    && t.endingAt(s.index(), from - 1).ent.kind == EntityKind.COUNTRY) {
                EntityMention owner = t.endingAt(s.index(), from - 1);
                country = Optional.of(owner.ent.label); // "DR Congo's health ministry"
                start = owner.from;
            } else if (Lexicon.country(before.word()).isPresent()) {
                country = Lexicon.country(before.word());
                start = from - 1;
            }
        }
        StoryEntity e;
        String surface = s.span(text, start, to);
        if (country.isEmpty()) {
            if (last == null || !Lexicon.key(last.label).contains(Lexicon.key(topic))) {
                return last;
            }
            e = last;
            e.alias(surface);
        } else {
            String label = Lexicon.adjective(country.get()) + " " + Titles.capitalise(topic.toLowerCase(java.util.Locale.ROOT)) + " Ministry";
            e = Mentions.named(m.ent(EntityKind.ORGANISATION, label), surface);
            e.country = m.country(country.get());
        }
        t.add(s, start, to, EntityMention.How.NAME, e);
        t.claim(s, start, to);
        return e;
    }
}
