package org.newsgraph.sparql.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.core.story.index.PostSummary;
import org.newsgraph.ontology.NG;
import org.newsgraph.ontology.NewsgraphOntology;

/**
 * What the HTML page of one IRI shows, read from its {@link Descriptions description} and so
 * always in step with the Turtle and JSON-LD of the same IRI.
 * <pre>
 *   EntityPage page = EntityPage.of(iri, description, links, new StoryIndex(store).posts(iri));
 *   page.title();    // "Ines Varga"
 *   page.events();   // the meetings, pledges... she took part in, with their evidence
 * </pre>
 * Lists are sorted by their text (posts newest first), so the same data gives the same page.
 *
 * @param roles      the positions held: title, and the agent they are of
 * @param facts      the IRI's other triples, by property
 * @param events     the events it takes part in, or is (an event's own page), or reports (a post)
 * @param mentionedIn the posts that mention it
 * @param posts      a story's posts, newest first; empty for anything else
 * @param referencedBy the other triples that point at it, by property
 */
public record EntityPage(String iri, String title, List<Link> types, List<String> aliases, List<Role> roles,
        List<Link> sameAs, List<Fact> facts, List<EventCard> events, List<Link> mentionedIn, List<Image> images,
        List<Link> posts, List<Fact> referencedBy, List<Link> formats) {

    private static final PrefixMapping PREFIXES =
            PrefixMapping.Factory.create().setNsPrefixes(NewsgraphOntology.PREFIXES).lock();
    /** Shown in sections of their own rather than among the facts. */
    private static final Set<Property> SHOWN_APART = Set.of(RDF.type, RDFS.label, NG.alias, NG.holdsRole, OWL.sameAs,
            NG.mentionedIn, NG.image, NG.evidence, NG.amount);
    private static final Comparator<Link> BY_TEXT = Comparator.comparing(Link::text)
            .thenComparing(Link::href, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** A link: where it points ({@code null} for a plain value) and what it shows. */
    public record Link(String href, String text) {}

    /** One property and its values. */
    public record Fact(Link property, List<Link> values) {}

    /** A position held, as in "Transport Minister of Freedonia". */
    public record Role(String title, Optional<Link> of) {}

    /** A post's image. */
    public record Image(String caption, Optional<String> credit) {}

    /** The sentence that grounds an event, and the post it is in. */
    public record Evidence(String text, Link post) {}

    /** One event: its kind, who took which part, its other facts, and its evidence. */
    public record EventCard(Link event, String kind, List<Fact> parts, List<Fact> details, List<Evidence> evidence) {}

    /** The types whose pages draw the pictures of the exploration and link to its pages. */
    private static final Set<String> EXPLORABLE = Set.of("ng:Person", "ng:Organisation", "ng:Country", "ng:Place");

    /** Whether this is a person, organisation, country or place, whose neighbourhood and timeline can be explored. */
    public boolean explorable() {
        return types.stream().anyMatch(t -> EXPLORABLE.contains(t.text()));
    }

    /** Whether this is a story, which has a storyline. */
    public boolean story() {
        return types.stream().anyMatch(t -> t.text().equals("ng:Story"));
    }

    /** The IRI as a query parameter value, for the links to the exploration pages. */
    public String encodedIri() {
        return URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** The page of {@code iri} from its description; {@code storyPosts} lists a story's posts. */
    public static EntityPage of(String iri, Graph description, Links links, List<PostSummary> storyPosts) {
        return new Reader(ModelFactory.createModelForGraph(description), links).page(iri, storyPosts);
    }

    /** Reads the parts of a page out of a description. */
    private record Reader(Model model, Links links) {

        EntityPage page(String iri, List<PostSummary> storyPosts) {
            Resource subject = model.createResource(iri);
            String self = links.href(iri);
            List<Link> formats = List.of(Representation.TURTLE, Representation.JSONLD, Representation.NTRIPLES,
                    Representation.RDFXML).stream()
                    .map(r -> new Link(self + "?format=" + r.parameter(), r.lang().orElseThrow().getLabel())).toList();
            return new EntityPage(iri, name(subject),
                    sorted(objects(subject, RDF.type).stream().map(this::term).toList()),
                    subject.listProperties(NG.alias).mapWith(s -> s.getString()).toList().stream().sorted().toList(),
                    roles(subject), sorted(objects(subject, OWL.sameAs).stream().map(this::link).toList()),
                    facts(subject.listProperties().toList(), s -> !SHOWN_APART.contains(s.getPredicate()), false),
                    events(subject), posts(objects(subject, NG.mentionedIn)), images(subject),
                    storyPosts.stream().map(p -> new Link(links.href(p.iri()), p.publishedAt() + " " + p.headline()))
                            .toList(),
                    facts(model.listStatements(null, null, subject).toList(),
                            s -> !isEvent(s.getSubject()) && !s.getPredicate().equals(NG.inStory)
                                    && !s.getSubject().getURI().startsWith(iri + "#"), true),
                    formats);
        }

        private List<Role> roles(Resource subject) {
            return objects(subject, NG.holdsRole).stream().map(RDFNode::asResource)
                    .map(role -> new Role(string(role, NG.title).orElse(name(role)),
                            objects(role, NG.roleOf).stream().findFirst().map(this::link)))
                    .sorted(Comparator.comparing(Role::title)).toList();
        }

        private List<EventCard> events(Resource subject) {
            List<Resource> events = new ArrayList<>();
            if (isEvent(subject)) {
                events.add(subject);
            }
            model.listStatements(null, null, subject).forEach(s -> {
                if (isEvent(s.getSubject()) && !events.contains(s.getSubject())) {
                    events.add(s.getSubject());
                }
            });
            return events.stream().map(this::card)
                    .sorted(Comparator.comparing((EventCard c) -> c.kind()).thenComparing(c -> c.event().href(), Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
        }

        private EventCard card(Resource event) {
            List<Statement> own = event.listProperties().toList();
            List<Fact> parts = facts(own, s -> s.getObject().isURIResource() && !SHOWN_APART.contains(s.getPredicate()),
                    false);
            List<Fact> details = new ArrayList<>(facts(own, s -> s.getObject().isLiteral(), false));
            List<Link> amounts = objects(event, NG.amount).stream().map(RDFNode::asResource)
                    .map(a -> new Link(null, string(a, NG.value).orElse("?") + " " + string(a, NG.currency).orElse("")))
                    .toList();
            if (!amounts.isEmpty()) {
                details.add(new Fact(term(NG.amount), amounts));
            }
            List<Evidence> evidence = objects(event, NG.evidence).stream().map(RDFNode::asResource)
                    .map(m -> new Evidence(string(m, NG.text).orElse(""),
                            objects(m, NG.post).stream().findFirst().map(this::link).orElse(new Link(null, ""))))
                    .sorted(Comparator.comparing(Evidence::text)).toList();
            return new EventCard(link(event), kind(event), parts, details, evidence);
        }

        private List<Image> images(Resource subject) {
            return objects(subject, NG.image).stream().map(RDFNode::asResource)
                    .map(i -> new Image(string(i, NG.caption).orElse(""), string(i, NG.credit)))
                    .sorted(Comparator.comparing(Image::caption)).toList();
        }

        /** Posts as links, newest first. */
        private List<Link> posts(List<RDFNode> posts) {
            return posts.stream().map(RDFNode::asResource)
                    .sorted(Comparator.comparing((Resource p) -> string(p, NG.publishedAt).orElse("")).reversed())
                    .map(this::link).toList();
        }

        /**
         * The statements that {@code keep} accepts, grouped by property; the values are the
         * objects, or the subjects when {@code incoming}.
         */
        private List<Fact> facts(List<Statement> statements, Predicate<Statement> keep,
                boolean incoming) {
            Map<String, List<Link>> byProperty = new TreeMap<>();
            Map<String, Link> properties = new HashMap<>();
            for (Statement s : statements) {
                if (keep.test(s)) {
                    Link property = term(s.getPredicate());
                    properties.putIfAbsent(property.text(), property);
                    byProperty.computeIfAbsent(property.text(), k -> new ArrayList<>())
                            .add(link(incoming ? s.getSubject() : s.getObject()));
                }
            }
            return byProperty.entrySet().stream()
                    .map(e -> new Fact(properties.get(e.getKey()), sorted(e.getValue()))).toList();
        }

        /** A link to a node of the data: a resource by its name, a literal as plain text. */
        private Link link(RDFNode node) {
            if (node.isLiteral()) {
                return new Link(null, node.asLiteral().getLexicalForm());
            }
            Resource r = node.asResource();
            return r.isURIResource() ? new Link(links.href(r.getURI()), name(r)) : new Link(null, r.toString());
        }

        /** A link to a vocabulary term: ng: terms to their section of /ontology. */
        private Link term(RDFNode node) {
            String uri = node.asResource().getURI();
            String href = uri.startsWith(NG.NS) ? "/ontology#" + uri.substring(NG.NS.length())
                    : Links.linkable(uri) ? uri : null;
            return new Link(href, PREFIXES.shortForm(uri));
        }

        /** The most specific ng: type of an event, such as "Meeting". */
        private String kind(Resource event) {
            return objects(event, RDF.type).stream().map(t -> t.asResource().getURI())
                    .filter(t -> t.startsWith(NG.NS) && !t.equals(NG.Event.getURI()))
                    .map(t -> t.substring(NG.NS.length())).sorted().findFirst().orElse("Event");
        }

        /** What a node is called: its label, headline or title, else an event's kind, else its IRI's last segment. */
        private String name(Resource r) {
            return string(r, RDFS.label).or(() -> string(r, NG.headline)).or(() -> string(r, NG.title))
                    .orElseGet(() -> isEvent(r) ? kind(r) + " " + lastSegment(r.getURI()) : lastSegment(r.getURI()));
        }

        private boolean isEvent(Resource r) {
            return r.hasProperty(NG.evidence) || r.hasProperty(RDF.type, NG.Event);
        }

        private List<RDFNode> objects(Resource r, Property p) {
            return r.listProperties(p).mapWith(Statement::getObject).toList();
        }

        private Optional<String> string(Resource r, Property p) {
            return objects(r, p).stream().filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm())
                    .sorted().findFirst();
        }

        private static String lastSegment(String iri) {
            return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        }

        private static List<Link> sorted(List<Link> links) {
            return links.stream().distinct().sorted(BY_TEXT).toList();
        }
    }
}
