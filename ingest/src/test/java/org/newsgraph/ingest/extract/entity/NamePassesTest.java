package org.newsgraph.ingest.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.entity.EntityKind;

/** The passes that find names and decide what they name, each on sentences written for it. */
class NamePassesTest {

    @Test
    void ministryWithItsCountryAndReferredBackToByTopic() {
        WrittenStory s = WrittenStory.of("The Dutch Finance Ministry published the figures. Later the finance ministry revised them.");
        StoryEntity ministry = s.get(EntityKind.ORGANISATION, "Dutch Finance Ministry");
        assertEquals("Netherlands", ministry.country().map(StoryEntity::label).orElse(""));
        assertTrue(ministry.aliases().contains("finance ministry"), ministry.aliases().toString());
    }

    @Test
    void ministryOfAnotherTopicIsNotTheOneNamedBefore() {
        WrittenStory s = WrittenStory.of("The Dutch Finance Ministry published the figures. Later the health ministry objected.");
        assertFalse(s.get(EntityKind.ORGANISATION, "Dutch Finance Ministry").aliases().contains("health ministry"));
    }

    @Test
    void facilityAfterAProperNameIsAPlace() {
        WrittenStory s = WrittenStory.of("Drones struck the Kremenets power station overnight.");
        assertTrue(s.find(EntityKind.PLACE, "Kremenets power station").isPresent(), s.all().toString());
    }

    @Test
    void countrysInstitutionIsAnOrganisationOfThatCountry() {
        WrittenStory s = WrittenStory.of("Officials said Brazil's state development bank would lend the money.");
        StoryEntity bank = s.get(EntityKind.ORGANISATION, "Brazil's state development bank");
        assertEquals("Brazil", bank.country().map(StoryEntity::label).orElse(""));
    }

    @Test
    void untaggedDemonymStandsForItsCountry() {
        WrittenStory s = WrittenStory.of("Kyrgyz forces withdrew from the valley.");
        assertTrue(s.entities().occs(0).stream().anyMatch(o -> o.how() == EntityMention.How.DEMONYM
                && o.ent().label().equals("Kyrgyzstan")), s.entities().occs(0).toString());
    }

    @Test
    void capitalThatActsIsItsCountryAndAfterAPrepositionAPlace() {
        WrittenStory s = WrittenStory.of("Tokyo has protested. Officials in Tokyo met on Monday.");
        assertTrue(s.entities().occs(0).stream().anyMatch(o -> o.how() == EntityMention.How.SEAT && o.ent().label().equals("Japan")));
        assertTrue(s.find(EntityKind.PLACE, "Tokyo").isPresent(), s.all().toString());
    }

    @Test
    void acronymInBracketsIsTheOrganisationEverywhere() {
        WrittenStory s = WrittenStory.of("The Northern Fisheries Board (NFB) closed the bay. The NFB said the ban would last a month.");
        StoryEntity board = s.get(EntityKind.ORGANISATION, "Northern Fisheries Board");
        assertTrue(board.aliases().contains("NFB"), board.aliases().toString());
        assertEquals(0, s.all().stream().filter(e -> e.label().equals("NFB")).count(), s.all().toString());
    }

    @Test
    void acronymSpelledByTheOnlyMatchingNameIsThatOrganisation() {
        WrittenStory s = WrittenStory.of("The International Clean Water Alliance published its report.", "ICWA officials welcomed it.");
        StoryEntity alliance = s.get(EntityKind.ORGANISATION, "International Clean Water Alliance");
        assertTrue(alliance.aliases().contains("ICWA"), s.all().toString());
    }

    @Test
    void acronymOfNoNameInTheStoryStaysItself() {
        assertEquals("TKZ", AcronymExpansion.initials("The Kazan Zone"));
        WrittenStory s = WrittenStory.of("The International Clean Water Alliance published its report. FIFA said nothing.");
        assertFalse(s.get(EntityKind.ORGANISATION, "International Clean Water Alliance").aliases().contains("FIFA"));
    }

    @Test
    void shortOrganisationNameIsTheOneLongerNameEndingInIt() {
        WrittenStory s = WrittenStory.of("The European Commission opened the case. The Commission said it would rule in March.");
        StoryEntity commission = s.get(EntityKind.ORGANISATION, "European Commission");
        assertTrue(commission.aliases().contains("Commission"), s.all().toString());
    }

    @Test
    void oneWordNameAfterInIsAPlaceNotAPerson() {
        WrittenStory s = WrittenStory.of("Rescuers reached Tarqui on Monday. Hundreds of homes in Tarqui collapsed.");
        assertFalse(s.find(EntityKind.PERSON, "Tarqui").isPresent(), s.all().toString());
    }

    @Test
    void oneWordNameWithAnHonorificStaysAPerson() {
        WrittenStory s = WrittenStory.of("Ms Tarqui spoke in Lima. Tarqui said more help was needed.");
        assertTrue(s.find(EntityKind.PERSON, "Tarqui").isPresent(), s.all().toString());
    }

    @Test
    void untaggedNameWithStaffIsAnOrganisation() {
        WrittenStory s = WrittenStory.of("\"We saw it all,\" said Jana Kral, Blue Harbour's operations director.");
        assertTrue(s.find(EntityKind.ORGANISATION, "Blue Harbour").isPresent(), s.all().toString());
    }

    @Test
    void untaggedNameEndingInANamingWordIsAnOrganisation() {
        WrittenStory s = WrittenStory.of("The Copperfield Nurses' Union called a strike.");
        assertTrue(s.find(EntityKind.ORGANISATION, "Copperfield Nurses' Union").isPresent(), s.all().toString());
    }

    @Test
    void twoNamesJoinedByAndAreNotOneOrganisation() {
        WrittenStory s = WrittenStory.of("Money came from the UK and Halden Mining on Friday.");
        assertTrue(s.all().stream().noneMatch(e -> e.label().contains(" and ")), s.all().toString());
    }

    @Test
    void countryOfSeveralWordsTheTaggerSplits() {
        WrittenStory s = WrittenStory.of("Officials in DR Congo confirmed two cases.");
        assertTrue(s.find(EntityKind.COUNTRY, "Democratic Republic of the Congo").isPresent(), s.all().toString());
        assertFalse(s.find(EntityKind.PLACE, "DR").isPresent(), s.all().toString());
    }

    @Test
    void countrysGovernmentIsAnOrganisationOfThatCountry() {
        WrittenStory s = WrittenStory.of("The Malawian government declared an emergency. Officials said the government would act.");
        StoryEntity government = s.get(EntityKind.ORGANISATION, "Malawian government");
        assertEquals("Malawi", government.country().map(StoryEntity::label).orElse(""));
        assertFalse(s.find(EntityKind.ORGANISATION, "government").isPresent(), s.all().toString());
    }

    @Test
    void facilityInANamedPlaceIsAPlaceOfItsOwn() {
        WrittenStory s = WrittenStory.of("Patients were moved to the new field hospital in Tarsovo on Friday.");
        StoryEntity hospital = s.get(EntityKind.PLACE, "Tarsovo field hospital");
        assertTrue(hospital.aliases().contains("field hospital in Tarsovo"), hospital.aliases().toString());
    }

    @Test
    void facilityInNoNamedPlaceIsNone() {
        WrittenStory s = WrittenStory.of("Patients were moved to the field hospital in the north. The clinic at Monday's fair closed.");
        assertTrue(s.all().stream().noneMatch(e -> e.label().contains("hospital")), s.all().toString());
    }

    @Test
    void capitalTakenForAPersonIsAPlaceAndCompassWordsAreNone() {
        WrittenStory s = WrittenStory.of("Ms Ruiz flew to La Paz. Aid is moving to the South.");
        assertFalse(s.find(EntityKind.PERSON, "La Paz").isPresent(), s.all().toString());
        assertFalse(s.find(EntityKind.PLACE, "South").isPresent(), s.all().toString());
    }
}
