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
    /** Words of accusing phrases: "charged that", "pointed the finger at", "held X responsible". */
    static final Set<String> ACCUSE_CUES = Set.of("charge", "finger", "responsible", "accountable");
    /** Wrongs that a speaker's clause accuses someone of: "said X had ignored / covered up / blocked". */
    static final Set<String> WRONGDOING = Set.of("ignore", "cover", "block", "hide", "conceal", "violate", "breach",
            "obstruct", "sabotage", "steal", "leak", "mislead", "falsify", "withhold", "divert", "embezzle", "rig",
            "manipulate", "fabricate", "weaponise", "weaponize", "smuggle", "bribe", "loot", "massacre", "torture");
    static final Set<String> MEET_VERBS = Set.of("meet", "convene", "co-chair", "cochair", "chair", "gather", "met");
    static final Set<String> MEET_NOUNS = Set.of("meeting", "talks", "summit", "conference", "gathering", "meetings",
            "summits", "conferences", "negotiations", "roundtable");
    static final Set<String> VISIT_VERBS = Set.of("visit", "travel", "arrive", "fly", "tour", "travelled", "traveled",
            "land", "reach", "spend");
    /** Visit verbs that only make a visit with a place to go with them: "landed in Brussels", "spent Sunday at the camp". */
    static final Set<String> VISIT_WEAK = Set.of("land", "reach", "spend");
    static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "visits", "trips");
    static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
            "shelling", "bombardment", "bombing", "bombings", "raid", "raids", "assault", "offensive", "barrage", "ambush",
            "ambushes", "arson", "looting", "hack", "hacking", "cyberattack", "cyberattacks", "cyber-attack",
            "cyber-attacks", "sabotage", "massacre", "firebombing");
    static final Set<String> ATTACK_VERBS = Set.of("attack", "strike", "shell", "bomb", "hit", "bombard", "target",
            "pound", "struck", "shelled", "raid", "ambush", "loot", "torch", "hack", "sabotage", "storm", "ransack",
            "firebomb", "burn", "massacre");
    /** Attack verbs only with the word that makes them one: "set fire to", "opened fire on", "broke into". */
    static final Set<String> ATTACK_CUES = Set.of("fire", "ablaze", "into");
    static final Set<String> PLEDGE = Set.of("pledge", "commit", "commitment", "promise", "provide", "offer", "allocate",
            "give", "donate", "contribute", "contribution", "funding", "fund", "aid", "package", "assistance", "grant",
            "earmark", "send", "deliver", "announce", "loan", "boost", "support", "pledged", "committing", "unveil",
            "approve", "donation", "release", "invest", "investment");

    private TriggerWords() {}

    /** Whether any token's lemma is a trigger of some event or of speech: only such sentences are parsed. */
    public static boolean mayHoldEvent(Sentence s) {
        for (Token t : s.toks()) {
            String l = t.lemma();
            if (SPEECH.contains(l) || ACCUSE.contains(l) || MEET_VERBS.contains(l) || MEET_NOUNS.contains(t.lower())
                    || VISIT_VERBS.contains(l) || VISIT_NOUNS.contains(t.lower()) || ATTACK_NOUNS.contains(t.lower())
                    || ATTACK_VERBS.contains(l) || PLEDGE.contains(l) || l.equals("according") || ACCUSE_CUES.contains(l)
                    || ATTACK_CUES.contains(t.lower()) || l.equals("be") && atPlace(s, t.i())) {
                return true;
            }
            if (t.word().startsWith("\"") || t.word().equals("``") || t.word().startsWith("“")) {
                return true;
            }
        }
        return false;
    }

    /** "was at", "is in": a copula before a preposition of place may report a visit without a travel verb. */
    private static boolean atPlace(Sentence s, int i) {
        return i + 1 < s.size() && (s.tok(i + 1).lower().equals("at") || s.tok(i + 1).lower().equals("in"));
    }
}
