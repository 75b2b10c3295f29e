package org.newsgraph.core.iri;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/**
 * Deterministic, readable IRIs under one base:
 * <pre>
 *   IriMinter iris = new IriMinter("http://localhost:8080/", SlugRegistry.inMemory());
 *   iris.entity(new Person("John Healey"));   // http://localhost:8080/id/person/john-healey
 *   iris.post(post);                          // http://localhost:8080/id/post/ukraine-allies/202504111312
 *   iris.graph(post);                         // http://localhost:8080/graph/post/ukraine-allies/202504111312
 * </pre>
 * An entity's slug comes from its label; two entities that are different (see {@link #identity})
 * but share a slug get {@code -2}, {@code -3} through the {@link SlugRegistry}.
 */
public final class IriMinter {
    /** The base used when none is configured. */
    public static final String DEFAULT_BASE = "http://localhost:8080/";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String base;
    private final SlugRegistry registry;

    /** A minter under {@code base}, which must be an absolute http(s) IRI ending in "/". */
    public IriMinter(String base, SlugRegistry registry) {
        this.base = checkBase(base);
        this.registry = registry;
    }

    /** The base every IRI starts with. */
    public String base() {
        return base;
    }

    /** Checks that {@code base} can prefix IRIs: http or https, ending in "/". */
    public static String checkBase(String base) {
        if (base == null || !base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?/")) {
            throw new IllegalArgumentException("the base IRI must be http(s) and end in '/': " + base);
        }
        return base;
    }

    public String story(Story story) {
        return base + "id/story/" + story.slug();
    }

    public String post(Post post) {
        return base + "id/post/" + post.story().slug() + "/" + post.id();
    }

    /** The named graph that holds everything a post says. */
    public String graph(Post post) {
        return base + "graph/post/" + post.story().slug() + "/" + post.id();
    }

    public String entity(Entity entity) {
        String folder = entity.kind().folder();
        return base + "id/" + folder + "/" + registry.claim(folder, Slugs.of(entity.label()), identity(entity));
    }

    /**
     * A role is one position whoever holds it: {@code id/role/country/united-kingdom/defence-secretary}.
     */
    public String role(Role role) {
        String title = Slugs.of(role.title());
        return role.of()
                .map(agent -> base + "id/role/" + entityPath(agent) + "/" + title)
                .orElse(base + "id/role/" + title);
    }

    public String event(Event event) {
        return base + "id/event/" + event.kind().folder() + "/" + event.key();
    }

    /** A mention is a fragment of its post: {@code <post>#s120-188}. */
    public String mention(Post post, Mention mention) {
        return post(post) + "#s" + mention.start() + "-" + mention.end();
    }

    /** An amount belongs to its event: {@code <event>/amount/21000000000-eur}. */
    public String amount(Event event, MonetaryAmount amount) {
        return event(event) + "/amount/" + amount.value().toPlainString().replace('.', '_')
                + "-" + amount.currency().toLowerCase(Locale.ROOT);
    }

    /** The n-th image of a post, from 1: {@code <post>#image-1}. */
    public String image(Post post, int n) {
        return post(post) + "#image-" + n;
    }

    /**
     * What makes two entities the same: their kind, their label without case, accents and
     * punctuation ("St. Petersburg" = "St Petersburg"), and their external link if any.
     */
    public static String identity(Entity entity) {
        String name = Normalizer.normalize(entity.label().toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        name = NOT_NAME.matcher(MARKS.matcher(name).replaceAll("")).replaceAll(" ").strip();
        return entity.kind().folder() + "|" + name + entity.sameAs().map(s -> "|" + s).orElse("");
    }

    private String entityPath(Entity entity) {
        return entity(entity).substring(base.length() + "id/".length());
    }
}
