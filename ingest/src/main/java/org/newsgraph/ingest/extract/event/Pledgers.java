package org.newsgraph.ingest.extract.event;

import java.util.List;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Who gives the money of a pledge {@link PledgeRule} found, tried in order: the possessor ("the
 * UK's £4.5bn"), a name in brackets ("$25m (AU)"), the giver after "from" ("a $15m pledge from
 * X"), the "by" agent, the subject of the verb the amount hangs on, of a pledge verb or of the
 * sentence, and last the person announcing it.
 * <pre>
 *   Pledgers.find(arguments, site, amountStart, amountEnd, candidate);   // fills candidate.a
 * </pre>
 */
final class Pledgers {
    private Pledgers() {}

    /**
     * The possessor, the giver after "from", the "by" agent, the subject of the verb the amount
     * depends on, of a pledge verb or of the sentence, else the announcer.
     */
    static void find(Arguments args, Site at, int amountAt, int firstEnd, EventCandidate c) {
        Sentence s = at.sentence();
        // 1. "the UK's £4.5bn"
        if (amountAt >= 2 && s.tok(amountAt - 1).pos().equals("POS")) {
            StoryEntity e = args.agentAt(at, amountAt - 2);
            if (e != null) {
                c.a.add(e);
                c.direct = true;
            }
        }
        // 2. "$25m (AU), €60m (EU)", "a $15m pledge from X", "$250m from the World Bank"
        if (c.a.isEmpty() && firstEnd + 3 < s.size() && s.tok(firstEnd + 1).word().matches("\\(|-LRB-")
                && s.tok(firstEnd + 3).word().matches("\\)|-RRB-")) {
            StoryEntity e = args.agentAt(at, firstEnd + 2);
            if (e != null) {
                c.a.add(e);
                c.direct = true;
            }
        }
        if (c.a.isEmpty()) {
            StoryEntity e = giverAfterFrom(args, at, firstEnd);
            if (e != null) {
                c.a.add(e);
                c.direct = true;
            }
        }
        // 3. "offered by Germany"
        if (c.a.isEmpty()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.tok(i).lower().equals("by") && i > 0 && s.tok(i - 1).pos().equals("VBN")) {
                    StoryEntity e = args.agentAt(at, i + 1);
                    if (e == null && i + 2 < s.size() && s.tok(i + 1).lower().equals("the")) {
                        e = args.agentAt(at, i + 2);
                    }
                    if (e != null) {
                        c.a.add(e);
                        c.direct = true;
                        break;
                    }
                }
            }
        }
        // 4. the subject of the verb the amount hangs on: "..., and Japan is providing ¥1.2bn"
        if (c.a.isEmpty()) {
            int v = governingVerb(s, amountAt, firstEnd);
            if (v >= 0 && !TriggerWords.SPEECH.contains(s.tok(v).lemma())) {
                c.a.addAll(args.subjects(at, v));
                c.direct = !c.a.isEmpty();
            }
        }
        // 5. the subject of a pledging verb, or of the sentence
        for (int i = 0; i < s.size() && c.a.isEmpty(); i++) {
            if (s.tok(i).isVerb() && TriggerWords.PLEDGE.contains(s.tok(i).lemma())) {
                for (StoryEntity e : args.subjects(at, i)) {
                    if (e.kind() != EntityKind.PERSON) {
                        c.a.add(e);
                        c.direct = true;
                    }
                }
            }
        }
        if (c.a.isEmpty()) {
            // the subject of the main verb: "the ministry detailed the support it will provide from the €11bn"
            int r = Arguments.root(s);
            if (r >= 0) {
                c.a.addAll(args.subjects(at, r));
            }
        }
        // 6. the person who announces it: "Healey said allies had pledged ..."
        for (int i = 0; i < s.size() && c.a.isEmpty(); i++) {
            if (s.tok(i).isVerb() && TriggerWords.SPEECH.contains(s.tok(i).lemma())) {
                c.a.addAll(args.speakers(at, i, Quotes.inside(at.text(), s)));
            }
        }
    }

    /** The giver named after "from" just after the amount, its conversions or its pledge noun, by name rather than demonym. */
    private static StoryEntity giverAfterFrom(Arguments args, Site at, int amountEnd) {
        Sentence s = at.sentence();
        for (int i = amountEnd + 1; i < Math.min(s.size() - 1, amountEnd + 10); i++) {
            Token t = s.tok(i);
            if (t.isVerb() || t.lower().matches("to|for|in|on|by|that|which|who")) {
                return null;
            }
            if (t.lower().equals("from")) {
                StoryEntity demonym = null;
                for (int k = i + 1; k < s.size() && (s.tok(k).isNoun() || s.tok(k).pos().matches("DT|JJ.*|NNP.*|POS|CD")); k++) {
                    StoryEntity e = args.agentAt(at, k);
                    if (e != null && s.tok(k).pos().startsWith("NN")) {
                        return e;
                    }
                    demonym = demonym == null ? e : demonym;
                }
                return demonym;
            }
        }
        return null;
    }

    /** The verb the amount's tokens depend on, a few steps up the parse, or -1. */
    private static int governingVerb(Sentence s, int from, int to) {
        for (int i = from; i <= to && i < s.size(); i++) {
            int at = i;
            for (int step = 0; step < 4; step++) {
                List<String[]> heads = s.heads(at);
                if (heads.isEmpty()) {
                    break;
                }
                String[] h = heads.get(0);
                if (h[0].startsWith("conj") || h[0].startsWith("acl") || h[0].startsWith("advcl")) {
                    break; // another clause
                }
                at = Integer.parseInt(h[1]);
                if (s.tok(at).isVerb()) {
                    return at;
                }
            }
        }
        return -1;
    }
}
