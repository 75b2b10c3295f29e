package org.newsgraph.ingest.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.entity.EntityKind;

/** The passes that resolve people: full names, surnames, titles alone and pronouns. */
class PeoplePassesTest {

    @Test
    void surnameIsTheOneFullNameEndingInIt() {
        WrittenStory s = WrittenStory.of("Okafor said the plan would work.", "Grace Okafor arrived in Abuja.");
        StoryEntity grace = s.get(EntityKind.PERSON, "Grace Okafor");
        assertTrue(s.entities().entitiesOf(0).contains(grace), s.entities().entitiesOf(0).toString());
    }

    @Test
    void surnameOfTwoPeopleIsNeitherUnlessThePostNamesOne() {
        WrittenStory s = WrittenStory.of("Okafor said the plan would work.", "Grace Okafor arrived.", "Daniel Okafor left.");
        assertFalse(s.entities().occs(0).stream().anyMatch(o -> o.ent().kind() == EntityKind.PERSON), s.entities().occs(0).toString());
        WrittenStory same = WrittenStory.of("Daniel Okafor left early. Okafor said he was tired.", "Grace Okafor arrived.");
        assertTrue(same.entities().occs(0).stream().filter(o -> o.surface().equals("Okafor"))
                .allMatch(o -> o.ent().label().equals("Daniel Okafor")));
    }

    @Test
    void surnameWithAParticleAnswersWithoutIt() {
        WrittenStory s = WrittenStory.of("Khalid al-Mansouri landed in Doha. Mansouri said talks would begin.");
        assertEquals(1, s.all().stream().filter(e -> e.kind() == EntityKind.PERSON).count(), s.all().toString());
    }

    @Test
    void titleAloneIsItsOnlyHolder() {
        WrittenStory s = WrittenStory.of("Germany's Defence Minister Jonas Kessler arrived. Later Germany's defence minister left.");
        long roleMentions = s.entities().occs(0).stream().filter(o -> o.how() == EntityMention.How.ROLE
                && o.ent().label().equals("Jonas Kessler")).count();
        assertEquals(1, roleMentions, s.entities().occs(0).toString());
    }

    @Test
    void titleAloneWithTwoHoldersIsNoOne() {
        WrittenStory s = WrittenStory.of("France's Foreign Minister Anne Roux and France's Foreign Minister Paul Girard, her predecessor, met. "
                + "France's foreign minister spoke.");
        assertTrue(s.entities().occs(0).stream().noneMatch(o -> o.how() == EntityMention.How.ROLE), s.entities().occs(0).toString());
    }

    @Test
    void pronounIsThePersonTheSentenceBeforeWasAbout() {
        WrittenStory s = WrittenStory.of("Marta Vidal met the mayor. She said the talks went well.");
        List<EntityMention> pronouns = s.entities().occs(0).stream().filter(o -> o.how() == EntityMention.How.PRONOUN).toList();
        assertEquals(1, pronouns.size(), s.entities().occs(0).toString());
        assertEquals("Marta Vidal", pronouns.get(0).ent().label());
    }

    @Test
    void pronounInsideQuotesIsNotResolved() {
        WrittenStory s = WrittenStory.of("Marta Vidal spoke. \"He never called us,\" Vidal said.");
        assertTrue(s.entities().occs(0).stream().noneMatch(o -> o.how() == EntityMention.How.PRONOUN), s.entities().occs(0).toString());
    }

    @Test
    void passesRunInTheirFixedOrderOnce() {
        assertEquals(StoryEntities.PASSES.size(), StoryEntities.PASSES.stream().map(p -> p.getClass()).distinct().count());
        assertTrue(StoryEntities.PASSES.indexOf(StoryEntities.PASSES.stream().filter(p -> p instanceof SurnameToFullName).findFirst().orElseThrow())
                < StoryEntities.PASSES.indexOf(StoryEntities.PASSES.stream().filter(p -> p instanceof TitleAlone).findFirst().orElseThrow()));
    }
}
