package org.newsgraph.ingest.bench;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.event.Statement;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/**
 * A deterministic generator of extracted live-page posts, for benchmarks: stories of posts that
 * mention people with roles and report meetings, pledges, accusations and statements among a
 * fixed cast, so that entities recur across posts and stories as they do in real coverage.
 * <pre>
 *   new SyntheticStories(42).generate(1_000, 20, facts -&gt; ...);   // 1,000 stories of 20 posts
 * </pre>
 */
final class SyntheticStories {
    private static final String[] COUNTRIES = {"Norway", "Iceland", "Chile", "Kenya", "Japan", "Canada",
            "Brazil", "India", "Poland", "Ghana", "Peru", "Vietnam", "Morocco", "Finland", "Austria", "Nepal"};
    private static final String[] TITLES = {"Foreign Minister", "Finance Minister", "Prime Minister",
            "Trade Minister", "Defence Minister", "President"};
    private static final String[] CITIES = {"Geneva", "Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Warsaw"};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "NOK"};
    private static final String[] GIVEN = {"Ana", "Bram", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana",
            "Ivo", "Jana", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Pia", "Ravi", "Sara", "Tomas", "Uma"};
    private static final String[] FAMILY = {"Berg", "Costa", "Dube", "Eriksen", "Fujita", "Gomez", "Haas",
            "Ilves", "Jensen", "Kowal", "Lund", "Mensah", "Novak", "Okafor", "Pereira", "Quist", "Rossi",
            "Sato", "Tanaka", "Varga"};

    private final Random random;
    private final List<Person> people = new ArrayList<>();

    SyntheticStories(long seed) {
        this.random = new Random(seed);
        for (String given : GIVEN) {
            for (String family : FAMILY) {
                Country country = new Country(pick(COUNTRIES));
                people.add(new Person(given + " " + family, Set.of(family),
                        List.of(new Role(pick(TITLES), country)), Optional.empty()));
            }
        }
    }

    /** Hands {@code stories × postsPerStory} posts to {@code sink}, story by story, newest post first. */
    void generate(int stories, int postsPerStory, Consumer<PostFacts> sink) {
        OffsetDateTime start = OffsetDateTime.of(2025, 1, 6, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int s = 0; s < stories; s++) {
            Story story = new Story("story-" + s, "Synthetic story " + s, Optional.empty());
            OffsetDateTime day = start.plusHours(7L * s);
            for (int p = postsPerStory; p >= 1; p--) {
                OffsetDateTime at = day.plusMinutes(11L * p);
                sink.accept(post(story, at, postsPerStory - p + 1));
            }
        }
    }

    private PostFacts post(Story story, OffsetDateTime at, int position) {
        Person a = pick(people);
        Person b = pick(people);
        Country ca = (Country) a.roles().get(0).of().orElseThrow();
        Country cb = (Country) b.roles().get(0).of().orElseThrow();
        Place city = new Place(pick(CITIES));
        long millions = 10L * (1 + random.nextInt(500));
        String currency = pick(CURRENCIES);
        String body = a.label() + " met " + b.label() + " in " + city.label() + ". "
                + ca.label() + " pledged " + millions + "m " + currency + " to " + cb.label() + ". "
                + a.label() + " accused " + cb.label() + " of delay. "
                + "\"We will keep talking,\" " + b.label() + " said.";
        Post post = new Post(story, Post.idFor(at, 1), position, "Update from " + city.label(), body, at,
                List.of(), random.nextInt(20) == 0, List.of(), position);
        List<Event> events = new ArrayList<>();
        String day = at.toLocalDate().toString();
        events.add(new Meeting("meeting-" + slug(a) + "-" + slug(b) + "-" + day, List.of(a, b), List.of(),
                ground(body, 0)));
        events.add(new Pledge("pledge-" + slug(ca) + "-" + millions + "-" + currency.toLowerCase(), List.of(ca),
                List.of(cb), List.of(new MonetaryAmount(BigDecimal.valueOf(millions * 1_000_000), currency)),
                Optional.of("aid"), Optional.empty(), ground(body, 1)));
        events.add(new Accusation("accusation-" + slug(a) + "-" + slug(cb) + "-" + day, List.of(a), List.of(cb),
                Optional.of("delay"), true, ground(body, 2)));
        events.add(new Statement("statement-" + slug(b) + "-" + post.id(), List.of(b), List.of("We will keep talking"),
                ground(body, 3)));
        List<Entity> entities = List.of(a, b, ca, cb, city);
        return new PostFacts(post, entities, events);
    }

    /** The n-th sentence of the body as evidence. */
    private Grounding ground(String body, int sentence) {
        int start = 0;
        for (int i = 0; i < sentence; i++) {
            start = body.indexOf(". ", start) + 2;
        }
        int end = body.indexOf('.', start) + 1;
        return Grounding.of(Mention.of(body, start, end), 0.5 + random.nextInt(50) / 100.0);
    }

    private static String slug(Agent agent) {
        return org.newsgraph.core.iri.Slugs.of(agent.label());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }
}
