package org.newsgraph.core.bench;

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
import org.newsgraph.core.event.Visit;
import org.newsgraph.core.iri.Slugs;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/**
 * A deterministic generator of extracted live-page posts, for benchmarks: stories of posts that
 * mention people with roles and report meetings (with a place and a day), pledges in several
 * currencies, accusations between countries, quoted statements and visits among a fixed cast,
 * so that entities and events recur across posts and stories as they do in real coverage.
 * <pre>
 *   new SyntheticStories(42).generate(1_000, 20, facts -&gt; ...);   // 1,000 stories of 20 posts
 * </pre>
 */
public final class SyntheticStories {
    private static final String[] COUNTRIES = {"Norway", "Iceland", "Chile", "Kenya", "Japan", "Canada",
            "Brazil", "India", "Poland", "Ghana", "Peru", "Vietnam", "Morocco", "Finland", "Austria", "Nepal"};
    private static final String[] TITLES = {"Foreign Minister", "Finance Minister", "Prime Minister",
            "Trade Minister", "Defence Minister", "President"};
    private static final String[] CITIES = {"Geneva", "Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Warsaw"};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "NOK"};
    private static final String[] PURPOSES = {"flood relief", "school rebuilding", "grid repairs", "fisheries patrols",
            "vaccines"};
    private static final String[] ALLEGATIONS = {"delaying the talks", "overfishing in shared waters",
            "blocking aid convoys", "dumping cheap steel", "hiding public debt", "breaking the ceasefire"};
    private static final String[] GIVEN = {"Ana", "Bram", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana",
            "Ivo", "Jana", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Pia", "Ravi", "Sara", "Tomas", "Uma"};
    private static final String[] FAMILY = {"Berg", "Costa", "Dube", "Eriksen", "Fujita", "Gomez", "Haas",
            "Ilves", "Jensen", "Kowal", "Lund", "Mensah", "Novak", "Okafor", "Pereira", "Quist", "Rossi",
            "Sato", "Tanaka", "Varga"};
    // Quotes are made of three parts, so that a word of one part finds a fraction of all quotes.
    private static final String[] QUOTE_VERBS = {"keep talking about", "never give up on", "defend", "rebuild",
            "pay for", "protect"};
    private static final String[] QUOTE_OBJECTS = {"the harbour", "the border crossings", "our farmers",
            "the power grid", "the fisheries deal", "the rail link", "the schools", "the coastline"};
    private static final String[] QUOTE_TIMES = {"this winter", "before the summit", "whatever it costs",
            "with our partners", "for the next decade"};

    /** The cast of {@link #SyntheticStories(long)}: every given name with every family name. */
    public static final int BASE_CAST = GIVEN.length * FAMILY.length;
    /** The largest cast: double-barrelled family names, then a middle initial A-Z. */
    public static final int MAX_CAST = BASE_CAST + BASE_CAST * FAMILY.length * 26;

    private final Random random;
    private final List<Person> people = new ArrayList<>();

    /** A generator with the base cast of {@value #BASE_CAST} people. */
    public SyntheticStories(long seed) {
        this(seed, BASE_CAST);
    }

    /**
     * A generator with a cast of {@code cast} people (at least {@value #BASE_CAST}), so that larger
     * corpora are not the same few hundred people over and over. The first {@value #BASE_CAST} are
     * those of {@link #SyntheticStories(long)}, drawn in the same order, so that the base cast
     * generates exactly the posts it always did.
     */
    public SyntheticStories(long seed, int cast) {
        if (cast < BASE_CAST || cast > MAX_CAST) {
            throw new IllegalArgumentException("a cast is " + BASE_CAST + " to " + MAX_CAST + " people, not " + cast);
        }
        this.random = new Random(seed);
        for (int i = 0; i < cast; i++) {
            String family = familyName(i);
            Country country = new Country(pick(COUNTRIES));
            people.add(new Person(givenName(i) + " " + family, Set.of(family),
                    List.of(new Role(pick(TITLES), country)), Optional.empty()));
        }
    }

    /** The base cast runs through the family names for each given name, as it always did. */
    private static String givenName(int i) {
        String given = i < BASE_CAST ? GIVEN[i / FAMILY.length] : GIVEN[i % GIVEN.length];
        int generation = (i - BASE_CAST) / (BASE_CAST * FAMILY.length);
        return i < BASE_CAST ? given : given + " " + (char) ('A' + generation) + ".";
    }

    private static String familyName(int i) {
        if (i < BASE_CAST) {
            return FAMILY[i % FAMILY.length];
        }
        int k = (i - BASE_CAST) % (BASE_CAST * FAMILY.length) / GIVEN.length;
        return FAMILY[k % FAMILY.length] + "-" + FAMILY[k / FAMILY.length];
    }

    /** Hands {@code stories × postsPerStory} posts to {@code sink}, story by story, newest post first. */
    public void generate(int stories, int postsPerStory, Consumer<PostFacts> sink) {
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
        Person b = fromAnotherCountry(a);
        Country ca = country(a);
        Country cb = country(b);
        Place city = new Place(pick(CITIES));
        long millions = 10L * (1 + random.nextInt(500));
        String currency = pick(CURRENCIES);
        String purpose = pick(PURPOSES);
        String allegation = pick(ALLEGATIONS);
        String quote = "We will " + pick(QUOTE_VERBS) + " " + pick(QUOTE_OBJECTS) + " " + pick(QUOTE_TIMES);

        Body body = new Body();
        Mention met = body.sentence(a.label() + " met " + b.label() + " in " + city.label() + ".");
        Mention pledged = body.sentence(ca.label() + " pledged " + millions + "m " + currency + " to " + cb.label()
                + " for " + purpose + ".");
        Mention accused = body.sentence(ca.label() + " accused " + cb.label() + " of " + allegation + ".");
        Mention said = body.sentence("\"" + quote + ",\" " + b.label() + " said.");
        Optional<Place> destination = random.nextInt(3) == 0 ? Optional.of(new Place(pick(CITIES))) : Optional.empty();
        Optional<Mention> travelled = destination.map(d -> body.sentence(a.label() + " then travelled to " + d.label() + "."));

        Post post = new Post(story, Post.idFor(at, 1), position, city.label() + ": " + a.label() + " meets " + b.label(),
                body.text(), at, List.of(), random.nextInt(20) == 0, List.of(), position);
        String day = at.toLocalDate().toString();
        List<Event> events = new ArrayList<>();
        events.add(new Meeting("meeting-" + slug(a) + "-" + slug(b) + "-" + day, List.of(a, b), List.of(),
                new Grounding(List.of(met), confidence(), Optional.of(at.toLocalDate()), Optional.of(city))));
        events.add(new Pledge("pledge-" + slug(ca) + "-" + millions + "-" + currency.toLowerCase(), List.of(ca),
                List.of(cb), List.of(new MonetaryAmount(BigDecimal.valueOf(millions * 1_000_000), currency)),
                Optional.of(purpose), Optional.empty(), Grounding.of(pledged, confidence())));
        events.add(new Accusation("accusation-" + slug(ca) + "-" + slug(cb) + "-" + day, List.of(ca), List.of(cb),
                Optional.of(allegation), random.nextInt(4) != 0, Grounding.of(accused, confidence())));
        events.add(new Statement("statement-" + slug(b) + "-" + post.id(), List.of(b), List.of(quote),
                Grounding.of(said, confidence())));
        List<Entity> entities = new ArrayList<>(List.of(a, b, ca, cb, city));
        if (destination.isPresent()) {
            events.add(new Visit("visit-" + slug(a) + "-" + day, List.of(a), List.of(destination.get()),
                    Grounding.of(travelled.orElseThrow(), confidence())));
            entities.add(destination.get());
        }
        return new PostFacts(post, entities, events);
    }

    /** Someone whose country differs from {@code a}'s, so that nobody pledges to or accuses their own country. */
    private Person fromAnotherCountry(Person a) {
        Person b = pick(people);
        while (country(b).equals(country(a))) {
            b = pick(people);
        }
        return b;
    }

    private static Country country(Person person) {
        return (Country) person.roles().get(0).of().orElseThrow();
    }

    private double confidence() {
        return 0.5 + random.nextInt(50) / 100.0;
    }

    private static String slug(Agent agent) {
        return Slugs.of(agent.label());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    /** A post's body written sentence by sentence, each sentence's span kept as its mention. */
    private static final class Body {
        private final StringBuilder text = new StringBuilder();

        Mention sentence(String sentence) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(sentence);
            return Mention.of(text.toString(), start, text.length());
        }

        String text() {
            return text.toString();
        }
    }
}
