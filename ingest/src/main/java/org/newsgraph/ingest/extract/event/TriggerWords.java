package org.newsgraph.ingest.extract.event;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * The words events are recognised by (lemmas and their synonyms), and the words that cancel
 * them: negation, hypotheticals, questions. General English, nothing about one story.
 */
public final class TriggerWords {
    static final Set<String> SPEECH = Set.of("say", "tell", "add", "insist", "note", "claim", "warn", "state", "write",
            "respond", "reply", "acknowledge", "explain", "argue", "stress", "emphasise", "emphasize", "suggest",
            "confirm", "deny", "declare", "urge", "predict", "admit", "assert", "comment", "remark", "caution",
            "announce", "reiterate", "vow", "maintain", "contend", "describe", "tweet", "post", "concede", "told",
            "said", "says", "added", "adds", "saying", "adding");
    static final Set<String> ACCUSE = Set.of("accuse", "blame", "allege", "accused", "accusing", "blamed");
    static final Set<String> MEET_VERBS = Set.of("meet", "convene", "co-chair", "cochair", "chair", "gather", "met");
    static final Set<String> MEET_NOUNS = Set.of("meeting", "talks", "summit", "conference", "gathering", "meetings",
            "summits", "conferences", "negotiations");
    static final Set<String> VISIT_VERBS = Set.of("visit", "travel", "arrive", "fly", "tour", "travelled", "traveled");
    static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "visits", "trips");
    static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
            "shelling", "bombardment", "bombing", "bombings", "raid", "raids", "assault", "offensive", "barrage");
    static final Set<String> ATTACK_VERBS = Set.of("attack", "strike", "shell", "bomb", "hit", "bombard", "target",
            "pound", "struck", "shelled", "raid");
    static final Set<String> PLEDGE = Set.of("pledge", "commit", "commitment", "promise", "provide", "offer", "allocate",
            "give", "donate", "contribute", "contribution", "funding", "fund", "aid", "package", "assistance", "grant",
            "earmark", "send", "deliver", "announce", "loan", "boost", "support", "pledged", "committing", "unveil",
            "approve", "donation");
    static final Set<String> STOP_VERBS = Set.of("stop", "halt", "end", "cease", "pause", "suspend", "prevent", "avoid",
            "deter", "ban", "fear", "risk");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "cannot");
    private static final Set<String> MODALS = Set.of("could", "might", "may", "should");
    private static final Set<String> WILLING = Set.of("prepared", "prepare", "willing", "ready", "consider", "like", "want",
            "wish", "hope", "able");
    private static final Set<String> CONDITION = Set.of("if", "unless", "whether");
    private static final Set<String> REFUSE = Set.of("refuse", "decline", "fail", "reject");
    private static final Set<String> DENY = Set.of("deny", "denied", "denies", "rule", "ruled");

    private TriggerWords() {}

    /** Whether any token's lemma is a trigger of some event or of speech: only such sentences are parsed. */
    public static boolean mayHoldEvent(Sentence s) {
        for (Token t : s.toks()) {
            String l = t.lemma();
            if (SPEECH.contains(l) || ACCUSE.contains(l) || MEET_VERBS.contains(l) || MEET_NOUNS.contains(t.lower())
                    || VISIT_VERBS.contains(l) || VISIT_NOUNS.contains(t.lower()) || ATTACK_NOUNS.contains(t.lower())
                    || ATTACK_VERBS.contains(l) || PLEDGE.contains(l) || l.equals("according")) {
                return true;
            }
            if (t.word().startsWith("\"") || t.word().equals("``") || t.word().startsWith("“")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the event word at {@code i} is denied or only supposed: "did not meet", "has yet to
     * decide", "would be prepared to provide", "could visit", "if they attack", or a question.
     */
    public static boolean cancelled(Sentence s, int i) {
        String text = s.text().strip();
        if (text.endsWith("?") || text.endsWith("?\"") || text.endsWith("?”")) {
            return true;
        }
        int from = Math.max(0, i - 6);
        boolean would = false;
        for (int k = from; k < i; k++) {
            Token t = s.tok(k);
            String w = t.lower();
            if (NEGATORS.contains(w)) {
                return true;
            }
            if (w.equals("yet") && k + 1 < s.size() && s.tok(k + 1).lower().equals("to")) {
                return true;
            }
            if (MODALS.contains(w) && t.pos().equals("MD")) {
                return true;
            }
            if (w.equals("would") || w.equals("'d")) {
                would = true;
            }
            if (would && (WILLING.contains(t.lemma()) || WILLING.contains(t.lower()))) {
                return true;
            }
            if (REFUSE.contains(t.lemma()) && k + 1 < s.size() && s.tok(k + 1).lower().equals("to")) {
                return true;
            }
            if (DENY.contains(t.lemma()) && !(t.lemma().equals("rule") && !(k + 1 < s.size() && s.tok(k + 1).lower().equals("out")))) {
                return true; // "denied carrying out the attack", "ruled out sending troops"
            }
        }
        for (int k = 0; k < i; k++) {
            if (CONDITION.contains(s.tok(k).lower())) {
                return true;
            }
        }
        for (String[] e : s.children(i, "advmod").stream().map(x -> new String[] {"", "" + x}).toList()) {
            if (NEGATORS.contains(s.tok(Integer.parseInt(e[1])).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} is governed by "stop", "halt" and the like: "agreed to stop attacks". */
    public static boolean stopped(Sentence s, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (STOP_VERBS.contains(s.tok(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    static boolean is(Set<String> set, Token t) {
        return set.contains(t.lemma()) || set.contains(t.lower().toLowerCase(Locale.ROOT));
    }
}
