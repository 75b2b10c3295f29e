package org.newsgraph.ingest.extract.event;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.entity.Place;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * Attackers and targets that the text describes but names no entity for: "a group of armed men",
 * "rebels", "an aid depot", "the weekly market". The description (the head noun with the
 * modifiers before it, without determiners) becomes an entity of its own, so that an attack by
 * unnamed men on an unnamed clinic is still an attack with arguments.
 */
final class Descriptions {
    /** Nouns that describe attackers; the first group only with a modifier ("armed men", "masked gang"). */
    private static final Set<String> NEED_MODIFIER = Set.of("man", "men", "fighter", "fighters", "gang", "gangs", "mob",
            "group", "youths", "soldiers", "troops", "forces");
    private static final Set<String> ATTACKERS = Set.of("gunman", "gunmen", "attacker", "attackers", "militant",
            "militants", "rebel", "rebels", "assailant", "assailants", "hacker", "hackers", "looter", "looters",
            "arsonist", "arsonists", "insurgent", "insurgents", "raider", "raiders", "jihadist", "jihadists", "smugglers",
            "bandits", "bandit", "terrorists", "extremists", "separatists");
    /** Places and things that are attacked. */
    private static final Set<String> FACILITIES = Set.of("depot", "warehouse", "clinic", "hospital", "market", "convoy",
            "camp", "school", "base", "ship", "vessel", "boat", "office", "offices", "headquarters", "station",
            "checkpoint", "village", "mosque", "church", "bridge", "port", "harbour", "harbor", "airport", "servers",
            "systems", "network", "pipeline", "plant", "factory", "embassy", "shop", "refinery", "barracks", "outpost",
            "compound", "tower", "centre", "center", "facility", "substation", "dam", "railway", "train", "bus",
            "database", "computers", "warehouses", "depots", "clinics", "markets", "convoys", "villages", "patrol");

    private Descriptions() {}

    /** The attackers a noun phrase headed at {@code head} describes ("a group of armed men" gives "armed men"). */
    static Optional<Organisation> attacker(Sentence s, String text, int head) {
        if (head < 0) {
            return Optional.empty();
        }
        String noun = s.tok(head).lower();
        if (noun.equals("group")) {
            for (int of : s.children(head, "nmod:of")) {
                return attacker(s, text, of);
            }
        }
        int from = firstModifier(s, head);
        boolean known = ATTACKERS.contains(noun) || NEED_MODIFIER.contains(noun) && from < head;
        return known ? Optional.of(new Organisation(s.span(text, from, head + 1), Set.of(), Optional.empty())) : Optional.empty();
    }

    /** The target a noun phrase headed at {@code head} describes, when it has a modifier ("an Indeci aid depot"). */
    static Optional<Place> target(Sentence s, String text, int head) {
        if (head < 0 || !FACILITIES.contains(s.tok(head).lower())) {
            return Optional.empty();
        }
        int from = firstModifier(s, head);
        return from < head ? Optional.of(new Place(s.span(text, from, head + 1), Set.of(), Optional.empty())) : Optional.empty();
    }

    /** The first of the compounds and adjectives right before {@code head} (or before one of them), or {@code head}. */
    private static int firstModifier(Sentence s, int head) {
        int from = head;
        while (from > 0 && modifies(s, from - 1, from, head)) {
            from--;
        }
        return from;
    }

    private static boolean modifies(Sentence s, int k, int from, int head) {
        for (String[] h : s.heads(k)) {
            int g = Integer.parseInt(h[1]);
            if ((h[0].equals("compound") || h[0].equals("amod")) && g >= from && g <= head) {
                return true;
            }
        }
        return false;
    }
}
