package org.newsgraph.core.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.event.Attack;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.event.Statement;
import org.newsgraph.core.event.Visit;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ontology.NG;

/**
 * The RDF of one post: the post, its story, the entities it mentions and the events it reports,
 * in the vocabulary of the ontology.
 * <pre>
 *   Graph graph = PostGraph.of(facts, new IriMinter(base, registry));
 * </pre>
 * The graph is self-contained: every node it links to is typed and labelled in it, so that it
 * validates on its own and a post's graph can be replaced without touching any other. It has
 * no blank nodes, so the same facts always give the same triples.
 */
public final class PostGraph {
    private static final Map<EntityKind, Resource> ENTITY_CLASSES = new EnumMap<>(Map.of(
            EntityKind.PERSON, NG.Person, EntityKind.ORGANISATION, NG.Organisation,
            EntityKind.COUNTRY, NG.Country, EntityKind.PLACE, NG.Place));
    private static final Map<EventKind, Resource> KIND_CLASSES = new EnumMap<>(Map.of(
            EventKind.MEETING, NG.Meeting, EventKind.PLEDGE, NG.Pledge, EventKind.ACCUSATION, NG.Accusation,
            EventKind.STATEMENT, NG.Statement, EventKind.VISIT, NG.Visit, EventKind.ATTACK, NG.Attack));

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final IriMinter iris;
    private final Post post;
    private final Node postNode;

    private PostGraph(IriMinter iris, Post post) {
        this.iris = iris;
        this.post = post;
        this.postNode = iri(iris.post(post));
    }

    /** The graph of a post's facts; a new graph each call. */
    public static Graph of(PostFacts facts, IriMinter iris) {
        PostGraph g = new PostGraph(iris, facts.post());
        g.addPost();
        facts.entities().forEach(g::addEntity);
        facts.events().forEach(g::addEvent);
        return g.graph;
    }

    private void addPost() {
        Node story = iri(iris.story(post.story()));
        add(story, RDF.type.asNode(), NG.Story.asNode());
        add(story, RDFS.label.asNode(), text(post.story().title()));
        post.story().url().ifPresent(url -> add(story, NG.url.asNode(), typed(url, XSDDatatype.XSDanyURI)));

        add(postNode, RDF.type.asNode(), NG.Post.asNode());
        add(postNode, NG.inStory.asNode(), story);
        add(postNode, NG.headline.asNode(), text(post.headline()));
        add(postNode, NG.body.asNode(), text(post.body()));
        add(postNode, NG.publishedAt.asNode(), typed(post.publishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                XSDDatatype.XSDdateTime));
        add(postNode, NG.position.asNode(), typed(Integer.toString(post.position()), XSDDatatype.XSDinteger));
        add(postNode, NG.isBreaking.asNode(), typed(Boolean.toString(post.breaking()), XSDDatatype.XSDboolean));
        // The byline gives a name; a role needs the organisation it belongs to, which only
        // extraction can tell (the publisher named in the text), so roles come from there.
        for (Byline byline : post.authors()) {
            add(postNode, NG.author.asNode(), addEntity(new Person(byline.name())));
        }
        int n = 0;
        for (Image image : post.images()) {
            Node node = iri(iris.image(post, ++n));
            add(postNode, NG.image.asNode(), node);
            add(node, RDF.type.asNode(), NG.Image.asNode());
            add(node, NG.caption.asNode(), text(image.caption()));
            image.credit().ifPresent(credit -> add(node, NG.credit.asNode(), text(credit)));
        }
    }

    /** Adds an entity, its names, roles and the post that mentions it; returns its node. */
    private Node addEntity(Entity entity) {
        Node node = iri(iris.entity(entity));
        add(node, RDF.type.asNode(), ENTITY_CLASSES.get(entity.kind()).asNode());
        if (entity instanceof Agent) {
            add(node, RDF.type.asNode(), NG.Agent.asNode());
        }
        add(node, RDFS.label.asNode(), text(entity.label()));
        entity.aliases().forEach(alias -> add(node, NG.alias.asNode(), text(alias)));
        entity.sameAs().ifPresent(link -> add(node, OWL.sameAs.asNode(), iri(link)));
        add(node, NG.mentionedIn.asNode(), postNode);
        if (entity instanceof Person person) {
            person.roles().forEach(role -> add(node, NG.holdsRole.asNode(), addRole(role)));
        }
        return node;
    }

    private Node addRole(Role role) {
        Node node = iri(iris.role(role));
        add(node, RDF.type.asNode(), NG.Role.asNode());
        add(node, NG.title.asNode(), text(role.title()));
        role.of().ifPresent(agent -> add(node, NG.roleOf.asNode(), addEntity(agent)));
        return node;
    }

    private void addEvent(Event event) {
        Node node = iri(iris.event(event));
        add(node, RDF.type.asNode(), NG.Event.asNode());
        add(node, NG.mentionedIn.asNode(), postNode);
        add(node, NG.confidence.asNode(), typed(BigDecimal.valueOf(event.grounding().confidence())
                .setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
        for (Mention mention : event.grounding().evidence()) {
            Node m = iri(iris.mention(post, mention));
            add(node, NG.evidence.asNode(), m);
            add(m, RDF.type.asNode(), NG.Mention.asNode());
            add(m, NG.post.asNode(), postNode);
            add(m, NG.text.asNode(), text(mention.text()));
            add(m, NG.start.asNode(), typed(Integer.toString(mention.start()), XSDDatatype.XSDinteger));
            add(m, NG.end.asNode(), typed(Integer.toString(mention.end()), XSDDatatype.XSDinteger));
        }
        event.grounding().time().ifPresent(t -> add(node, NG.time.asNode(), temporal(t)));
        event.grounding().location().ifPresent(place -> add(node, NG.location.asNode(), addEntity(place)));
        event.participants().forEach(agent -> add(node, NG.participant.asNode(), addEntity(agent)));
        add(node, RDF.type.asNode(), KIND_CLASSES.get(event.kind()).asNode());
        if (event instanceof Meeting m) {
            link(node, NG.chair, m.chairs());
        } else if (event instanceof Pledge p) {
            link(node, NG.pledger, p.pledgers());
            link(node, NG.recipient, p.recipients());
            for (MonetaryAmount amount : p.amounts()) {
                Node a = iri(iris.amount(event, amount));
                add(node, NG.amount.asNode(), a);
                add(a, RDF.type.asNode(), NG.MonetaryAmount.asNode());
                add(a, NG.value.asNode(), typed(amount.value().toPlainString(), XSDDatatype.XSDdecimal));
                add(a, NG.currency.asNode(), text(amount.currency()));
            }
            p.purpose().ifPresent(purpose -> add(node, NG.purpose.asNode(), text(purpose)));
            p.until().ifPresent(until -> add(node, NG.until.asNode(), temporal(until)));
        } else if (event instanceof Accusation a) {
            link(node, NG.accuser, a.accusers());
            link(node, NG.accused, a.accused());
            a.allegation().ifPresent(claim -> add(node, NG.allegation.asNode(), text(claim)));
            add(node, NG.verified.asNode(), typed(Boolean.toString(a.verified()), XSDDatatype.XSDboolean));
        } else if (event instanceof Statement s) {
            link(node, NG.speaker, s.speakers());
            s.quotes().forEach(q -> add(node, NG.quote.asNode(), text(q)));
        } else if (event instanceof Visit v) {
            link(node, NG.visitor, v.visitors());
            link(node, NG.destination, v.destinations());
        } else if (event instanceof Attack a) {
            link(node, NG.attacker, a.attackers());
            link(node, NG.target, a.targets());
        }
    }

    private void link(Node event, Property property, List<? extends Entity> entities) {
        entities.forEach(entity -> add(event, property.asNode(), addEntity(entity)));
    }

    private void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node temporal(Temporal t) {
        if (t instanceof Year y) {
            return typed(y.toString(), XSDDatatype.XSDgYear);
        } else if (t instanceof LocalDate d) {
            return typed(d.toString(), XSDDatatype.XSDdate);
        } else if (t instanceof OffsetDateTime dt) {
            return typed(dt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime);
        }
        throw new IllegalArgumentException("not a year, date or date-time: " + t);
    }
}
