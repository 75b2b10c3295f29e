package org.newsgraph.ingest.evaluate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.Locatable;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.event.Attack;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.event.Statement;
import org.newsgraph.core.event.Visit;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/**
 * Hand-made predictions for the seed gold, of every kind: right ones, wrong ones, duplicates of
 * right ones and ones that match optional gold items, spread over three posts so that names and
 * quotes of one node join across post graphs. Ties between predictions are kept to ones whose
 * outcome does not depend on the order the store returns them in, since that order is the
 * store's own and may differ between two copies of the same data.
 */
final class SeedPredictions {
    private static final Story STORY = new Story("allies-in-brussels", "Allies in Brussels", Optional.empty());

    // Entities: right ones by label or by alias, wrong ones, and ones named like optional gold.
    private static final Country UK = new Country("UK", Set.of("Britain"), Optional.empty());
    private static final Country GERMANY = new Country("Germany");
    private static final Country UKRAINE = new Country("Ukraine", Set.of("Kyiv"), Optional.empty());
    private static final Country RUSSIA = new Country("Russia");
    private static final Country US = new Country("United States", Set.of("US"), Optional.empty());
    /** A metonym typed as a country: it shares a name with the optional place Moscow. */
    private static final Country MOSCOW = new Country("Moscow");
    private static final Country FRANCE = new Country("France");
    private static final Organisation CONTACT_GROUP = new Organisation("Ukraine Defence Contact Group");
    private static final Organisation MINISTRY = new Organisation("Russian Ministry of Defence");
    private static final Organisation KREMLIN = new Organisation("the Kremlin");
    private static final Organisation TELEGRAM = new Organisation("Telegram");
    private static final Organisation ACME = new Organisation("Acme Shipping");
    private static final Person HEALEY = new Person("John Healey", Set.of("Healey"),
            List.of(new Role("Defence Secretary", UK)), Optional.empty());
    /** A second node for Healey under another label: a duplicate entity and a duplicate role. */
    private static final Person HEALEY_AGAIN = new Person("J. Healey", Set.of("Healey"),
            List.of(new Role("UK Defence Secretary", UK)), Optional.empty());
    private static final Person PISTORIUS = new Person("Pistorius", Set.of("Boris Pistorius"),
            List.of(new Role("Defense Minister", GERMANY)), Optional.empty());
    private static final Person UMEROV = new Person("Rustem Umerov", Set.of(),
            List.of(new Role("President", UKRAINE)), Optional.empty());
    private static final Person PESKOV = new Person("Dmitry Peskov", Set.of("Peskov"),
            List.of(new Role("Kremlin spokesperson", RUSSIA)), Optional.empty());
    private static final Person TRUMP = new Person("Donald Trump");
    private static final Person WITKOFF = new Person("Steve Witkoff", Set.of("Witkoff"),
            List.of(new Role("envoy", TRUMP)), Optional.empty());
    private static final Person PUTIN = new Person("Vladimir Putin", Set.of("Putin"), List.of(), Optional.empty());
    private static final Person KALLAS = new Person("Kaja Kallas");
    private static final Person ZELENSKY = new Person("Volodymyr Zelenskyy");
    private static final Person BOGOMAZ = new Person("Alexander Bogomaz");
    /** The optional, unnamed "top diplomat", with a role the gold does not give. */
    private static final Person RUBIO = new Person("Marco Rubio", Set.of(),
            List.of(new Role("Secretary of State", US)), Optional.empty());
    private static final Person STRANGER = new Person("Jane Tidewell");
    private static final Place BRUSSELS = new Place("Brussels");
    private static final Place NATO_HQ = new Place("Nato headquarters");
    private static final Place ST_PETERSBURG = new Place("Saint Petersburg");
    private static final Place KURSK = new Place("Kursk region");
    private static final Place BRYANSK = new Place("Bryansk");
    private static final Place SUBSTATION = new Place("Khvoshchevskaya substation");
    private static final Place KYIV = new Place("Kyiv");
    private static final Place WASHINGTON = new Place("Washington");
    private static final Place PARIS = new Place("Paris");

    private SeedPredictions() {}

    /** A store in memory holding the three posts and what was found in them. */
    static Store store() {
        Store store = Store.inMemory(IriMinter.DEFAULT_BASE);
        for (WriteResult result : store.write(List.of(first(), second(), third()))) {
            if (result.outcome() != WriteResult.Outcome.WRITTEN) {
                store.close();
                throw new IllegalStateException("a fixture post was not written: " + result);
            }
        }
        return store;
    }

    private static PostFacts first() {
        Post post = post(3, "14:12", "Allies meet at Nato headquarters and pledge billions.");
        List<Entity> entities = List.of(UK, GERMANY, UKRAINE, RUSSIA, MOSCOW, FRANCE, CONTACT_GROUP, TELEGRAM, ACME,
                HEALEY, HEALEY_AGAIN, PISTORIUS, UMEROV, RUBIO, STRANGER, BRUSSELS, WASHINGTON, PARIS);
        List<Event> events = List.of(
                // M1, the best of three candidates for it; the other two are a duplicate and a match of optional M5.
                meeting(post, "meeting-udcg", List.of(HEALEY, PISTORIUS, UMEROV), List.of(UK), NATO_HQ),
                meeting(post, "meeting-udcg-again", List.of(UK, GERMANY), List.of(), BRUSSELS),
                meeting(post, "meeting-press", List.of(HEALEY_AGAIN, PISTORIUS), List.of(), null),
                // Wrong: only one gold participant in common and no place.
                meeting(post, "meeting-trump-zelensky", List.of(TRUMP, ZELENSKY), List.of(), null),
                // P1 with two of its amounts; P3 within 1%; a wrong amount; a duplicate of P1 by its announcer.
                pledge(post, "pledge-allies", CONTACT_GROUP, amount("21000000000", "EUR"), amount("18000000000", "GBP")),
                pledge(post, "pledge-germany", GERMANY, amount("10950000000", "EUR")),
                pledge(post, "pledge-germany-small", GERMANY, amount("5000000000", "EUR")),
                pledge(post, "pledge-healey", HEALEY, amount("24000000000", "USD")),
                statement(post, "statement-kallas", KALLAS, "Russia is escalating the war"),
                statement(post, "statement-healey", HEALEY, "2025 is the critical year for this war"),
                // A duplicate of the statement above: its words are all in the same gold statement.
                statement(post, "statement-healey-again", HEALEY_AGAIN, "2025 is the critical year"),
                statement(post, "statement-umerov", UMEROV, "Russia is ramping up its production"));
        return new PostFacts(post, entities, events);
    }

    private static PostFacts second() {
        Post post = new Post(STORY, Post.idFor(at("13:41"), 1), 2, "Update 2",
                "Witkoff travels to St Petersburg to meet Putin.", at("13:41"),
                List.of(new Byline("James Waterhouse", Optional.of("Ukraine correspondent, in Kyiv"))), false,
                List.of(), 2);
        List<Entity> entities = List.of(WITKOFF, PUTIN, PESKOV, KREMLIN, US, ST_PETERSBURG, KYIV);
        List<Event> events = List.of(
                // M2, and the earlier undated meetings (optional M6) read from the same two people.
                meeting(post, "meeting-witkoff-putin", List.of(WITKOFF, PUTIN), List.of(), RUSSIA),
                meeting(post, "meeting-witkoff-putin-earlier", List.of(WITKOFF, PUTIN), List.of(), null),
                visit(post, "visit-witkoff", WITKOFF, ST_PETERSBURG),
                visit(post, "visit-witkoff-russia", WITKOFF, RUSSIA),
                visit(post, "visit-witkoff-kyiv", WITKOFF, KYIV),
                statement(post, "statement-peskov", PESKOV, "Russia is escalating the war"),
                // Umerov's statement again: the same node, so its quotes join those of the first post.
                statement(post, "statement-umerov", UMEROV, "Russia does not seem willing to reach a deal"),
                statement(post, "statement-pistorius", PISTORIUS, "Ukraine can count on us"),
                statement(post, "statement-pistorius-weather", PISTORIUS, "The weather in Brussels was sunny"));
        return new PostFacts(post, entities, events);
    }

    private static PostFacts third() {
        Post post = post(1, "12:05", "Russia says Ukraine struck power facilities in Kursk and Bryansk.");
        List<Entity> entities = List.of(MINISTRY, BOGOMAZ, KURSK, BRYANSK, SUBSTATION);
        List<Event> events = List.of(
                accusation(post, "accusation-ministry", MINISTRY, UKRAINE,
                        "striking Russian power plants again and again in one day"),
                accusation(post, "accusation-healey", HEALEY, PUTIN, "rejecting every chance of peace"),
                // Optional A4, which also matches A1 less well; optional A5; a wrong one.
                accusation(post, "accusation-russia", RUSSIA, UKRAINE, "violating the energy infrastructure deal"),
                accusation(post, "accusation-kallas", KALLAS, RUSSIA, "escalating the war"),
                accusation(post, "accusation-ukraine-germany", UKRAINE, GERMANY, "stalling deliveries"),
                attack(post, "attack-kursk", UKRAINE, RUSSIA, KURSK),
                attack(post, "attack-substation", UKRAINE, SUBSTATION, BRYANSK),
                // Matches T1 as well as optional T5; T1 goes to the attack above.
                attack(post, "attack-ukraine-russia", UKRAINE, RUSSIA, null),
                // T3 and T4 have the same arguments: two predictions take one each, a third is a duplicate.
                attack(post, "attack-russia-1", RUSSIA, UKRAINE, UKRAINE),
                attack(post, "attack-russia-2", RUSSIA, UKRAINE, UKRAINE),
                attack(post, "attack-russia-3", RUSSIA, UKRAINE, UKRAINE),
                attack(post, "attack-germany-france", GERMANY, FRANCE, PARIS),
                // Optional S19.
                statement(post, "statement-bogomaz", BOGOMAZ, "Ukrainian strikes on the Khvoshchevskaya power"
                        + " facility caused a high-voltage line to be disconnected"));
        return new PostFacts(post, entities, events);
    }

    private static OffsetDateTime at(String minute) {
        return OffsetDateTime.parse("2025-04-11T" + minute + ":00+01:00");
    }

    private static Post post(int position, String minute, String body) {
        return new Post(STORY, Post.idFor(at(minute), 1), position, "Update " + position, body, at(minute),
                List.of(), false, List.of(), position);
    }

    private static Grounding grounding(Post post, Locatable location) {
        return new Grounding(List.of(Mention.of(post.body(), 0, post.body().length())), 0.8, Optional.empty(),
                Optional.ofNullable(location));
    }

    private static MonetaryAmount amount(String value, String currency) {
        return new MonetaryAmount(new BigDecimal(value), currency);
    }

    private static Meeting meeting(Post post, String key, List<Agent> attendees, List<Agent> chairs,
                                   Locatable location) {
        return new Meeting(key, attendees, chairs, grounding(post, location));
    }

    private static Pledge pledge(Post post, String key, Agent pledger, MonetaryAmount... amounts) {
        return new Pledge(key, List.of(pledger), List.of(UKRAINE), List.of(amounts), Optional.of("military aid"),
                Optional.empty(), grounding(post, null));
    }

    private static Accusation accusation(Post post, String key, Agent accuser, Agent accused, String allegation) {
        return new Accusation(key, List.of(accuser), List.of(accused), Optional.of(allegation), true,
                grounding(post, null));
    }

    private static Statement statement(Post post, String key, Agent speaker, String quote) {
        return new Statement(key, List.of(speaker), List.of(quote), grounding(post, null));
    }

    private static Visit visit(Post post, String key, Agent visitor, Locatable destination) {
        return new Visit(key, List.of(visitor), List.of(destination), grounding(post, null));
    }

    private static Attack attack(Post post, String key, Agent attacker, Entity target, Locatable location) {
        return new Attack(key, List.of(attacker), List.of(target), grounding(post, location));
    }
}
