package org.newsgraph.core.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/** Made-up posts of a made-up story, for the store's tests. */
final class Fixtures {
    static final String BASE = "http://example.org/";
    static final Story STORY = new Story("harbour-summit", "Harbour summit", Optional.of("https://news.example/live/harbour"));

    private Fixtures() {}

    static Post post(int position, String minute, String headline, String body) {
        OffsetDateTime at = OffsetDateTime.parse("2024-11-02T" + minute + ":00+00:00");
        return new Post(STORY, Post.idFor(at, 1), position, headline, body, at,
                List.of(new Byline("Mara Quint", Optional.of("Harbour correspondent, reporting from Porto"))),
                false, List.of(), position * 10);
    }

    /** A post that reports a pledge by Portugal, grounded in its first sentence. */
    static PostFacts pledgePost() {
        return pledge(post(1, "10:15", "Portugal pledges port money", PLEDGE));
    }

    /** A later post that reports the same pledge in the same words. */
    static PostFacts pledgePostAgain() {
        return pledge(post(3, "11:05", "The port money, again", PLEDGE));
    }

    private static final String PLEDGE = "Portugal will give €2bn to Cape Verde for its ports. Talks went on late.";

    private static PostFacts pledge(Post post) {
        String body = post.body();
        Country portugal = new Country("Portugal", Set.of("Lisbon"), Optional.empty());
        Country capeVerde = new Country("Cape Verde");
        Person minister = new Person("Ana Lopes", Set.of("Lopes"), List.of(new Role("Finance Minister", portugal)),
                Optional.empty());
        Pledge pledge = new Pledge("pledge-portugal-eur-2000000000", List.of(portugal), List.of(capeVerde),
                List.of(new MonetaryAmount(new BigDecimal("2000000000"), "EUR")), Optional.of("ports"),
                Optional.empty(), Grounding.of(Mention.of(body, 0, 52), 0.9));
        return new PostFacts(post, List.of(portugal, capeVerde, minister), List.of(pledge));
    }

    static PostFacts plainPost(int position, String minute) {
        return PostFacts.of(post(position, minute, "Update " + position, "Nothing new at the harbour yet."));
    }
}
