package org.newsgraph.sparql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/**
 * Three made-up posts of a made-up live page, the data of the service's tests.
 * Freedonia is mentioned in two posts and the story is described in all three, so the same
 * triples sit in several post graphs.
 */
final class FerryStrike {
    static final String BASE = "http://example.org/";
    static final String STORY = BASE + "id/story/ferry-strike";
    static final Story PAGE = new Story("ferry-strike", "Ferry strike", Optional.of("https://news.example/live/ferries"));

    private FerryStrike() {}

    /** The posts, newest first as on the page. */
    static List<PostFacts> posts() {
        Country freedonia = new Country("Freedonia");
        Person minister = new Person("Ines Varga", Set.of("Varga"), List.of(new Role("Transport Minister", freedonia)),
                Optional.empty());
        Organisation union = new Organisation("Seafarers' Union");
        String talks = "Ines Varga met the Seafarers' Union at the port. Freedonia wants the ferries back.";
        Meeting meeting = new Meeting("meeting-ines-varga-seafarers-union", List.of(minister, union), List.of(),
                Grounding.of(Mention.of(talks, 0, 48), 0.8));
        return List.of(
                new PostFacts(post(1, "10:00", "Freedonia calls for calm", "The government of Freedonia asks travellers to wait."),
                        List.of(freedonia), List.of()),
                new PostFacts(post(2, "09:10", "Minister meets union", talks),
                        List.of(freedonia, minister, union), List.of(meeting)),
                PostFacts.of(post(3, "08:30", "Crossings cancelled", "All morning crossings to the islands are cancelled.")));
    }

    private static Post post(int position, String minute, String headline, String body) {
        OffsetDateTime at = OffsetDateTime.parse("2025-03-14T" + minute + ":00+01:00");
        return new Post(PAGE, Post.idFor(at, 1), position, headline, body, at,
                List.of(new Byline("Tomas Reyes", Optional.of("Islands reporter"))), false, List.of(), position * 20);
    }
}
