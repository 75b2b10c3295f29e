package org.newsgraph.core.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

class IriMinterTest {
    private final IriMinter iris = new IriMinter("http://example.org/", SlugRegistry.inMemory());

    @Test
    void entitiesGetReadableIrisFromTheirLabels() {
        assertEquals("http://example.org/id/person/ana-lopes", iris.entity(new Person("Ana Lopes")));
        assertEquals("http://example.org/id/country/portugal", iris.entity(new Country("Portugal")));
    }

    @Test
    void theSameEntityGetsTheSameIriHoweverItsLabelIsPunctuated() {
        assertEquals(iris.entity(new Country("St. Lucia")), iris.entity(new Country("St Lucia")));
        assertEquals(iris.entity(new Person("José Ramos")), iris.entity(new Person("Jose Ramos")));
    }

    @Test
    void twoDifferentPeopleSharingASlugGetDifferentIris() {
        Person first = new Person("Ana Lopes", Set.of(), List.of(), Optional.of("http://www.wikidata.org/entity/Q1"));
        Person second = new Person("Ana Lopes", Set.of(), List.of(), Optional.of("http://www.wikidata.org/entity/Q2"));
        String a = iris.entity(first);
        String b = iris.entity(second);
        assertNotEquals(a, b);
        assertEquals("http://example.org/id/person/ana-lopes-2", b);
        assertEquals(a, iris.entity(first), "the first keeps its IRI");
    }

    @Test
    void aRoleIsThePositionOfItsAgent() {
        Role role = new Role("Foreign Minister", new Country("Portugal"));
        assertEquals("http://example.org/id/role/country/portugal/foreign-minister", iris.role(role));
    }

    @Test
    void postsAndTheirGraphsLiveUnderTheirStory() {
        Story story = new Story("harbour-summit", "Harbour summit", Optional.empty());
        OffsetDateTime at = OffsetDateTime.parse("2024-11-02T09:30:00Z");
        Post post = new Post(story, Post.idFor(at, 1), 1, "h", "b", at, List.of(), false, List.of(), 1);
        assertEquals("http://example.org/id/post/harbour-summit/202411020930", iris.post(post));
        assertEquals("http://example.org/graph/post/harbour-summit/202411020930", iris.graph(post));
        assertEquals("202411020930-2", Post.idFor(at, 2));
    }

    @Test
    void aBaseMustBeAnHttpIriEndingInASlash() {
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("http://example.org", SlugRegistry.inMemory()));
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("urn:x:", SlugRegistry.inMemory()));
    }
}
