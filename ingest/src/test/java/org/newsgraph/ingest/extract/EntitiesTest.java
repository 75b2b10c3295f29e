package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.entity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Statement;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.pipeline.Warnings;

/** Names, canonical labels, aliases and roles on stories written for these tests. */
class EntitiesTest {

    private static boolean holds(Person p, String title, String of) {
        for (Role r : p.roles()) {
            if (r.title().equalsIgnoreCase(title) && r.of().map(Entity::label).orElse("").equals(of)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void preNominalTitlesGiveRolesAndSurnamesResolve() {
        List<PostFacts> f = Stories.extract(new Warnings(),
                Stories.post(1, "Merz said the talks had been productive."),
                Stories.post(2, "German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warsaw."));
        Person merz = entity(f.get(1), Person.class, "Friedrich Merz").orElseThrow();
        assertTrue(holds(merz, "Chancellor", "Germany"), merz.toString());
        Person tusk = entity(f.get(1), Person.class, "Donald Tusk").orElseThrow();
        assertTrue(holds(tusk, "Prime Minister", "Poland"), tusk.toString());
        assertTrue(entity(f.get(0), Person.class, "Friedrich Merz").isPresent(), f.get(0).entities().toString());
        assertTrue(merz.aliases().contains("Merz") || entity(f.get(0), Person.class, "Friedrich Merz").orElseThrow()
                .aliases().contains("Merz"));
        assertTrue(entity(f.get(1), Place.class, "Warsaw").isPresent());
    }

    @Test
    void appositivesPossessivesAndTitlesAlone() {
        PostFacts f = Stories.one("Maria Lopez, head of Mexico's central bank, met Spain's Pedro Sanchez. "
                + "Spanish Foreign Minister Carla Ruiz was also there.\n\nThe Spanish foreign minister said the meeting went well.");
        Person lopez = entity(f, Person.class, "Maria Lopez").orElseThrow();
        assertTrue(holds(lopez, "Head", "Mexico's central bank"), lopez.toString());
        assertTrue(entity(f, Organisation.class, "Mexico's central bank").isPresent());
        Person ruiz = entity(f, Person.class, "Carla Ruiz").orElseThrow();
        assertTrue(holds(ruiz, "Foreign Minister", "Spain"), ruiz.toString());
        List<Statement> s = Stories.events(f, Statement.class);
        assertEquals(1, s.size(), f.events().toString());
        assertEquals("Carla Ruiz", s.get(0).speakers().get(0).label());
    }

    @Test
    void countriesHaveCanonicalNamesAndCapitalsActForThem() {
        PostFacts f = Stories.one("The UK and the US agreed new sanctions. Beijing has warned Washington against them, "
                + "while officials in Beijing met the press.");
        Country uk = entity(f, Country.class, "United Kingdom").orElseThrow();
        assertTrue(uk.aliases().contains("UK"), uk.toString());
        assertTrue(entity(f, Country.class, "United States").isPresent());
        assertTrue(entity(f, Country.class, "China").isPresent(), f.entities().toString());
        assertTrue(entity(f, Place.class, "Beijing").isPresent(), f.entities().toString());
    }

    @Test
    void twoPeopleWithOneSurnameAreNotMerged() {
        List<PostFacts> f = Stories.extract(new Warnings(),
                Stories.post(1, "Miliband said the vote would be close."),
                Stories.post(2, "Ed Miliband spoke in Leeds."),
                Stories.post(3, "David Miliband spoke in New York."));
        assertTrue(entity(f.get(1), Person.class, "Ed Miliband").isPresent());
        assertTrue(entity(f.get(2), Person.class, "David Miliband").isPresent());
        assertFalse(entity(f.get(0), Person.class, "Ed Miliband").isPresent(), f.get(0).entities().toString());
        assertFalse(entity(f.get(0), Person.class, "David Miliband").isPresent(), f.get(0).entities().toString());
    }

    @Test
    void ministriesAreOrganisationsOfTheirCountry() {
        PostFacts f = Stories.one("The Turkish Defence Ministry said two drones were downed. Later the defence ministry "
                + "published photographs.");
        Organisation o = entity(f, Organisation.class, "Turkish Defence Ministry").orElseThrow();
        assertTrue(o.aliases().stream().anyMatch(a -> a.toLowerCase().endsWith("defence ministry")), o.toString());
    }

    @Test
    void bylineRolesBelongToThePublisherTheTextNames() {
        List<PostFacts> f = Stories.extract(new Warnings(),
                Stories.post(1, "Our correspondent reports heavy rain. The Herald is unable to verify the figures.",
                        new org.newsgraph.core.story.Byline("Tom Reyes", java.util.Optional.of("Weather correspondent, in Manila"))));
        Person tom = entity(f.get(0), Person.class, "Tom Reyes").orElseThrow();
        assertTrue(holds(tom, "Weather Correspondent", "Herald") || holds(tom, "Weather Correspondent", "The Herald"),
                tom.toString());
    }
}
