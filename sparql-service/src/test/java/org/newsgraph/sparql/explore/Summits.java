package org.newsgraph.sparql.explore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
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
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/**
 * Made-up live pages for the exploration tests: three stories about a harbour dispute that
 * share people, places and one pledge (reported in two stories, so one event IRI with reports
 * in both), and a fourth story in which a coastguard deals with 201 delegates, one more than the
 * drawing of a neighbourhood keeps.
 * <pre>
 *   harbour-talks   10 Mar  Varga and Brandt meet at Port Ardent (chair Varga, dated 10 Mar);
 *                           Freedonia pledges EUR 20m to the Seafarers' Union; Brandt speaks
 *   border-dispute  11 Mar  Sylvania accuses Vulgaria; the same pledge again; Brandt meets Olsen
 *   storm-relief    12 Mar  Olsen visits Port Ardent; Vulgaria strikes Port Ardent (dated 14:00);
 *                           Varga and Brandt meet in Sylvania (dated 17:00); Varga visits Sylvania
 *   coastguard-week 1 Apr-  the Northern Coastguard meets, pledges to, or is accused by three
 *                           delegates a day, 201 in all
 * </pre>
 */
final class Summits {
    static final String BASE = "http://example.org/";
    static final int DELEGATES = 201;

    static final Country FREEDONIA = new Country("Freedonia");
    static final Country SYLVANIA = new Country("Sylvania");
    static final Country VULGARIA = new Country("Vulgaria");
    static final Place PORT = new Place("Port Ardent");
    static final Organisation UNION = new Organisation("Seafarers' Union");
    static final Organisation COASTGUARD = new Organisation("Northern Coastguard");
    static final Person VARGA = new Person("Ines Varga", Set.of("Varga"),
            List.of(new Role("Transport Minister", FREEDONIA)), Optional.empty());
    static final Person BRANDT = new Person("Karl Brandt", Set.of("Brandt"),
            List.of(new Role("Foreign Minister", SYLVANIA)), Optional.empty());
    static final Person OLSEN = new Person("Mara Olsen", Set.of("Olsen"), List.of(), Optional.empty());

    private static final Story TALKS = new Story("harbour-talks", "Harbour talks", Optional.empty());
    private static final Story DISPUTE = new Story("border-dispute", "Border dispute", Optional.empty());
    private static final Story RELIEF = new Story("storm-relief", "Storm relief", Optional.empty());
    private static final Story WEEK = new Story("coastguard-week", "Coastguard week", Optional.empty());
    private static final List<String> FIRST = List.of("Aino", "Bruno", "Chiara", "Dmitri", "Elif", "Femi", "Greta",
            "Hugo", "Ilse", "Jonas", "Kaito", "Lena", "Milo", "Nadia", "Oskar", "Priya", "Quinn", "Rosa");
    private static final List<String> LAST = List.of("Berg", "Costa", "Dahl", "Engel", "Falk", "Grant", "Holm",
            "Ivers", "Juhl", "Krause", "Lund", "Moreau");

    private Summits() {}

    static String iri(String path) {
        return BASE + path;
    }

    static List<PostFacts> posts() {
        List<PostFacts> posts = new ArrayList<>();
        String met = "Ines Varga and Karl Brandt met at Port Ardent on Monday, with Varga in the chair.";
        posts.add(post(TALKS, 1, "2025-03-10T09:00:00+01:00", "Ministers meet at Port Ardent", met,
                new Meeting("harbour-talks-varga-brandt", List.of(VARGA, BRANDT), List.of(VARGA),
                        grounding(met, Optional.of(LocalDate.parse("2025-03-10")), Optional.of(PORT)))));
        String pledge = "Freedonia pledged EUR 20m to the Seafarers' Union for new ferries.";
        posts.add(post(TALKS, 2, "2025-03-10T11:00:00+01:00", "Freedonia pledges ferry fund", pledge, pledge(pledge)));
        String spoke = "Karl Brandt said: \"The harbour must stay open.\"";
        posts.add(post(TALKS, 3, "2025-03-10T13:00:00+01:00", "Brandt speaks", spoke,
                new Statement("brandt-harbour-open", List.of(BRANDT), List.of("The harbour must stay open."),
                        grounding(spoke, Optional.empty(), Optional.empty()))));

        String accused = "Sylvania accused Vulgaria of blocking the strait.";
        posts.add(post(DISPUTE, 1, "2025-03-11T08:00:00+01:00", "Sylvania accuses Vulgaria", accused,
                new Accusation("sylvania-vulgaria-strait", List.of(SYLVANIA), List.of(VULGARIA),
                        Optional.of("blocking the strait"), true, grounding(accused, Optional.empty(), Optional.empty()))));
        String again = "Freedonia pledged EUR 20m to the Seafarers' Union, officials confirmed.";
        posts.add(post(DISPUTE, 2, "2025-03-11T10:00:00+01:00", "Ferry pledge confirmed", again, pledge(again)));
        String talks = "Karl Brandt met Mara Olsen to discuss the strait.";
        posts.add(post(DISPUTE, 3, "2025-03-11T12:00:00+01:00", "Brandt meets Olsen", talks,
                new Meeting("brandt-olsen-strait", List.of(BRANDT, OLSEN), List.of(),
                        grounding(talks, Optional.empty(), Optional.empty()))));

        String visit = "Mara Olsen visited Port Ardent to see the storm damage.";
        posts.add(post(RELIEF, 1, "2025-03-12T09:30:00+01:00", "Olsen visits Port Ardent", visit,
                new Visit("olsen-port-ardent", List.of(OLSEN), List.<Locatable>of(PORT),
                        grounding(visit, Optional.empty(), Optional.empty()))));
        String strike = "Vulgarian drones struck Port Ardent at 14:00.";
        posts.add(post(RELIEF, 2, "2025-03-12T15:00:00+01:00", "Strike on Port Ardent", strike,
                new Attack("vulgaria-port-ardent", List.of(VULGARIA), List.<Entity>of(PORT),
                        grounding(strike, Optional.of(OffsetDateTime.parse("2025-03-12T14:00:00+01:00")),
                                Optional.empty()))));
        String evening = "Ines Varga flew to Sylvania and met Karl Brandt there at 17:00.";
        posts.add(new PostFacts(post(RELIEF, 3, "2025-03-12T18:00:00+01:00", "Varga in Sylvania", evening),
                List.of(VARGA, BRANDT, SYLVANIA), List.of(
                        new Visit("varga-sylvania", List.of(VARGA), List.<Locatable>of(SYLVANIA),
                                grounding(evening, Optional.empty(), Optional.empty())),
                        new Meeting("varga-brandt-sylvania", List.of(VARGA, BRANDT), List.of(),
                                grounding(evening, Optional.of(OffsetDateTime.parse("2025-03-12T17:00:00+01:00")),
                                        Optional.of(SYLVANIA))))));
        posts.addAll(coastguardWeek());
        return posts;
    }

    /** The same pledge as two stories report it: the same key, so one event. */
    private static Pledge pledge(String body) {
        return new Pledge("freedonia-seafarers-union-eur-20m", List.of(FREEDONIA), List.of(UNION),
                List.of(new MonetaryAmount(new BigDecimal("20000000"), "EUR")), Optional.of("new ferries"),
                Optional.empty(), grounding(body, Optional.empty(), Optional.empty()));
    }

    /** Each day three delegates: met (days 0, 3, ...), pledged to (1, 4, ...), or accusing the coastguard. */
    private static List<PostFacts> coastguardWeek() {
        List<PostFacts> posts = new ArrayList<>();
        for (int day = 0; day < DELEGATES / 3; day++) {
            List<Agent> delegates = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = day * 3 + i;
                delegates.add(new Person(FIRST.get(n % FIRST.size()) + " " + LAST.get(n / FIRST.size())));
            }
            String names = delegates.get(0).label() + ", " + delegates.get(1).label() + " and " + delegates.get(2).label();
            String at = OffsetDateTime.parse("2025-04-01T10:00:00Z").plusDays(day).toString();
            Event event = switch (day % 3) {
                case 0 -> {
                    String body = "The Northern Coastguard met " + names + ".";
                    List<Agent> all = new ArrayList<>(delegates);
                    all.add(COASTGUARD);
                    yield new Meeting("coastguard-day-" + day, all, List.of(), grounding(body, Optional.empty(),
                            Optional.empty()));
                }
                case 1 -> new Pledge("coastguard-day-" + day, List.of(COASTGUARD), delegates,
                        List.of(new MonetaryAmount(BigDecimal.valueOf(1000 + day), "EUR")), Optional.empty(),
                        Optional.empty(), grounding("The Northern Coastguard pledged EUR 1000 to " + names + ".",
                                Optional.empty(), Optional.empty()));
                default -> new Accusation("coastguard-day-" + day, delegates, List.of(COASTGUARD), Optional.empty(),
                        false, grounding(names + " accused the Northern Coastguard.", Optional.empty(), Optional.empty()));
            };
            String body = event.grounding().evidence().get(0).text();
            posts.add(post(WEEK, DELEGATES / 3 - day, at, "Coastguard, day " + (day + 1), body, event));
        }
        return posts;
    }

    private static Grounding grounding(String sentence, Optional<Temporal> time, Optional<Locatable> location) {
        return new Grounding(List.of(Mention.of(sentence, 0, sentence.length())), 0.9, time, location);
    }

    private static PostFacts post(Story story, int position, String at, String headline, String body, Event event) {
        List<Entity> named = new ArrayList<>(event.participants());
        return new PostFacts(post(story, position, at, headline, body), named, List.of(event));
    }

    private static Post post(Story story, int position, String at, String headline, String body) {
        OffsetDateTime time = OffsetDateTime.parse(at);
        return new Post(story, Post.idFor(time, 1), position, headline, body, time, List.of(), false, List.of(), position);
    }
}
