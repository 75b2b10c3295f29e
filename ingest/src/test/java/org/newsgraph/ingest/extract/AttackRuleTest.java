package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.events;
import static org.newsgraph.ingest.extract.Stories.labels;
import static org.newsgraph.ingest.extract.Stories.one;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.event.Attack;
import org.newsgraph.core.story.PostFacts;

/**
 * {@code AttackRule} on short sentences: attacks beyond shelling (arson, looting, ambush, drone
 * strike, hacking), unnamed attackers and targets, and what must not count (nature, negation,
 * plans, hypotheticals, questions, stopped attacks). The CoreNLP pipeline is the process's one.
 */
class AttackRuleTest {

    private static Attack only(String text) {
        PostFacts f = one(text);
        List<Attack> a = events(f, Attack.class);
        assertEquals(1, a.size(), text + " -> " + f.events());
        return a.get(0);
    }

    private static void none(String text) {
        PostFacts f = one(text);
        assertTrue(events(f, Attack.class).isEmpty(), text + " -> " + f.events());
    }

    private static String location(Attack a) {
        return a.grounding().location().map(l -> l.label()).orElse("");
    }

    @Test
    void unnamedGunmenOnADescribedTarget() {
        Attack a = only("Gunmen attacked a police checkpoint in Kandahar on Tuesday.");
        assertEquals(List.of("Gunmen"), labels(a.attackers()));
        assertEquals(List.of("police checkpoint"), labels(a.targets()));
        assertEquals("Kandahar", location(a));
    }

    @Test
    void arsonBySetFireTo() {
        Attack a = only("Armed men set fire to a food warehouse in Goma.");
        assertEquals(List.of("Armed men"), labels(a.attackers()));
        // The facility's name may take its place ("Goma food warehouse", the entity passes' FacilityInPlace).
        assertTrue(a.targets().stream().anyMatch(t -> t instanceof Place && t.label().endsWith("food warehouse")), a.toString());
        assertEquals("Goma", location(a));
    }

    @Test
    void anAmbush() {
        Attack a = only("Rebels ambushed an army convoy near Kidal overnight.");
        assertEquals(List.of("Rebels"), labels(a.attackers()));
        assertEquals(List.of("army convoy"), labels(a.targets()));
    }

    @Test
    void aDroneStrikeOnAMarket() {
        Attack a = only("A drone strike on a crowded market in Idlib killed 12 people.");
        assertEquals(1, a.targets().size(), a.toString());
        assertTrue(a.targets().get(0).label().endsWith("market"), a.toString());
        assertEquals("Idlib", location(a));
    }

    @Test
    void aHackByACountry() {
        Attack a = only("Russia hacked the election servers of Estonia last week.");
        assertEquals(List.of("Russia"), labels(a.attackers()));
        assertTrue(labels(a.targets()).contains("election servers") || labels(a.targets()).contains("Estonia"), a.toString());
    }

    @Test
    void lootingOfADepot() {
        Attack a = only("Looters ransacked a fuel depot in Bangui.");
        assertEquals(List.of("Looters"), labels(a.attackers()));
        assertEquals("Bangui", location(a));
    }

    @Test
    void noAttackByNatureNegatedPlannedSupposedOrAsked() {
        none("The earthquake struck northern Chile on Sunday.");
        none("Rebels did not attack the army convoy near Kidal.");
        none("Rebels could attack the army convoy near Kidal.");
        none("The army plans to strike rebel positions near Kidal.");
        none("Both sides agreed to stop attacks on civilians in Kidal.");
        none("Did rebels attack the army convoy near Kidal?");
    }
}
