package org.newsgraph.ingest.extract.event;

import java.util.Set;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * The words events are recognised by (lemmas and their synonyms); {@link Cancellation} holds
 * the words that cancel them. General English, nothing about one story.
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
}
