package org.newsgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the newsgraph ontology, {@code ng:} = {@value #NS}.
 * <p>
 * {@code newsgraph.ttl} in this module is the source of truth: {@code NGTest} fails when a
 * constant here has no definition there, or a term defined there has no constant here.
 * <pre>
 *   model.add(post, NG.headline, "Allies meet in Brussels");
 *   model.add(post, RDF.type, NG.Post);
 * </pre>
 */
public final class NG {
    /** The namespace of the ontology. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";

    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/newsgraph/ontology");

    private NG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes

    /** One live page or story: a stream of posts. */
    public static final Resource Story = resource("Story");

    /** One post (update) of a story. */
    public static final Resource Post = resource("Post");

    /** A picture attached to a post, with its caption and credit. */
    public static final Resource Image = resource("Image");

    /** Anything that acts: a person, an organisation or a country. */
    public static final Resource Agent = resource("Agent");

    /** A human being. */
    public static final Resource Person = resource("Person");

    /** An organisation: a government body, an alliance, a company, a newsroom. */
    public static final Resource Organisation = resource("Organisation");

    /** A sovereign state; both an agent (it pledges, accuses) and a place. */
    public static final Resource Country = resource("Country");

    /** A city, region, building or facility. */
    public static final Resource Place = resource("Place");

    /** A position held, such as a ministry or an editorship, with its title and the agent it belongs to. */
    public static final Resource Role = resource("Role");

    /** Something that happened, as reported in posts. */
    public static final Resource Event = resource("Event");

    /** A meeting, summit or talks between agents. */
    public static final Resource Meeting = resource("Meeting");

    /** A promise of money or support by one agent to another. */
    public static final Resource Pledge = resource("Pledge");

    /** A claim by one agent that another did wrong. */
    public static final Resource Accusation = resource("Accusation");

    /** Words attributed to a speaker. */
    public static final Resource Statement = resource("Statement");

    /** An agent's travel to a place or country. */
    public static final Resource Visit = resource("Visit");

    /** A strike, shelling or other attack by one agent on another or on a place. */
    public static final Resource Attack = resource("Attack");

    /** An amount of money in one currency. */
    public static final Resource MonetaryAmount = resource("MonetaryAmount");

    /** A span of a post's body that grounds a fact. */
    public static final Resource Mention = resource("Mention");

    // Properties

    /** The story a post belongs to. */
    public static final Property inStory = property("inStory");

    /** A post's title. */
    public static final Property headline = property("headline");

    /** A post's text, as published. */
    public static final Property body = property("body");

    /** When a post was published, with its UTC offset. */
    public static final Property publishedAt = property("publishedAt");

    /** A post's order on the page, 1 at the top. */
    public static final Property position = property("position");

    /** The byline of a post. */
    public static final Property author = property("author");

    /** Whether a post was marked as breaking news. */
    public static final Property isBreaking = property("isBreaking");

    /** A picture attached to a post. */
    public static final Property image = property("image");

    /** The caption of an image. */
    public static final Property caption = property("caption");

    /** Who an image is credited to. */
    public static final Property credit = property("credit");

    /** The address a story was published at. */
    public static final Property url = property("url");

    /** Any surface form of an entity's name other than its label. */
    public static final Property alias = property("alias");

    /** A role a person holds. */
    public static final Property holdsRole = property("holdsRole");

    /** The title of a role, such as "Defence Secretary". */
    public static final Property title = property("title");

    /** The organisation or country a role belongs to. */
    public static final Property roleOf = property("roleOf");

    /** Any actor of an event; the super-property of the event role properties. */
    public static final Property participant = property("participant");

    /** Who chairs a meeting. */
    public static final Property chair = property("chair");

    /** Who makes a pledge. */
    public static final Property pledger = property("pledger");

    /** Who receives a pledge. */
    public static final Property recipient = property("recipient");

    /** An amount of a pledge, one per currency given in the text. */
    public static final Property amount = property("amount");

    /** A monetary value in whole units of its currency. */
    public static final Property value = property("value");

    /** An ISO 4217 currency code, such as "EUR". */
    public static final Property currency = property("currency");

    /** What a pledge is for, such as "military aid". */
    public static final Property purpose = property("purpose");

    /** The year or date a pledge runs until. */
    public static final Property until = property("until");

    /** Who makes an accusation. */
    public static final Property accuser = property("accuser");

    /** Who is accused. */
    public static final Property accused = property("accused");

    /** What is alleged. */
    public static final Property allegation = property("allegation");

    /** False where the source says it cannot verify a claim. */
    public static final Property verified = property("verified");

    /** Who makes a statement. */
    public static final Property speaker = property("speaker");

    /** The words attributed to a speaker. */
    public static final Property quote = property("quote");

    /** Who makes a visit. */
    public static final Property visitor = property("visitor");

    /** Where a visit goes. */
    public static final Property destination = property("destination");

    /** Who attacks. */
    public static final Property attacker = property("attacker");

    /** Who or what is attacked. */
    public static final Property target = property("target");

    /** Where an event takes place. */
    public static final Property location = property("location");

    /** When an event happened, where the text says. */
    public static final Property time = property("time");

    /** A post that mentions an event or an agent. */
    public static final Property mentionedIn = property("mentionedIn");

    /** A mention of the text that grounds an event. */
    public static final Property evidence = property("evidence");

    /** The post a mention belongs to. */
    public static final Property post = property("post");

    /** The sentence of a mention. */
    public static final Property text = property("text");

    /** The offset in the post's body where a mention starts. */
    public static final Property start = property("start");

    /** The offset in the post's body where a mention ends (exclusive). */
    public static final Property end = property("end");

    /** How sure the extraction is of an event, in [0, 1]. */
    public static final Property confidence = property("confidence");
}
