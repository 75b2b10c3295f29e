package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.story.Byline;
import org.newsgraph.ingest.extract.nlp.PostDoc;

/**
 * The people, organisations, countries and places of one story, resolved across its posts.
 * <pre>
 *   StoryEntities entities = StoryEntities.resolve(bodies, captions, bylines);
 *   entities.occs(0);            // the mentions in the first post's body, in text order
 *   entities.entitiesOf(0);      // what the first post mentions, with canonical labels and aliases
 * </pre>
 * Resolution is the {@link #PASSES}, run in order over one shared {@link Mentions} model: first the
 * passes that find names (patterns the tagger misses, then the tagger's own names), then those that
 * resolve people, then titles and roles, then the references that need them (a title alone, a pronoun).
 */
public final class StoryEntities {
    /** The resolution passes, in the order they run; each may rely on those before it. */
    static final List<ResolutionPass> PASSES = List.of(
            new LexiconCountries(),
            new MinistryNames(),
            new FacilityNames(),
            new FacilityInPlace(),
            new Governments(),
            new CountryInstitutions(),
            new UntaggedOrganisations(),
            new UntaggedNames(),
            new TaggedNames(),
            new AcronymExpansion(),
            new ShortOrganisationName(),
            new FullNameToPerson(),
            new SurnameToFullName(),
            new OneKindPerName(),
            new PublisherInText(),
            new TitleBeforeName(),
            new AppositiveTitle(),
            new WhoHeadsClause(),
            new ChairedByName(),
            new PossessorCountry(),
            new BylineRoles(),
            new HomeCountryOfOffice(),
            new OneRolePerTitle(),
            new TitleAlone(),
            new PronounToLastPerson());

    private final Mentions m;

    private StoryEntities(Mentions m) {
        this.m = m;
    }

    /**
     * Resolves the entities of a story: one body and the captions of each post, in page order,
     * and each post's bylines.
     */
    public static StoryEntities resolve(List<PostDoc> bodies, List<List<PostDoc>> captions, List<List<Byline>> bylines) {
        return resolve(bodies, captions, bylines, PASSES);
    }

    /** Resolves with the given passes only, in their order (for testing one pass with those it needs). */
    static StoryEntities resolve(List<PostDoc> bodies, List<List<PostDoc>> captions, List<List<Byline>> bylines,
            List<ResolutionPass> passes) {
        Mentions m = new Mentions(bodies, captions, bylines);
        for (ResolutionPass pass : passes) {
            pass.apply(m);
        }
        return new StoryEntities(m);
    }

    /** The mentions in the body of post {@code post}, in text order. */
    public List<EntityMention> occs(int post) {
        return m.bodies.get(post).occs;
    }

    /** The mentions in sentence {@code sent} of the body of post {@code post}. */
    public List<EntityMention> occs(int post, int sent) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention o : occs(post)) {
            if (o.sent == sent) {
                out.add(o);
            }
        }
        return out;
    }

    /** The longest mention covering token {@code tok}, if any. */
    public Optional<EntityMention> at(int post, int sent, int tok) {
        EntityMention best = null;
        for (EntityMention o : occs(post)) {
            if (o.sent == sent && o.from <= tok && tok < o.to && (best == null || o.to - o.from > best.to - best.from)) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The body of a post as annotated. */
    public PostDoc body(int post) {
        return m.bodies.get(post).doc;
    }

    public int size() {
        return m.bodies.size();
    }

    /** The country so named, made on first use. */
    public StoryEntity country(String label) {
        return m.country(label);
    }

    /** The publisher of the story, when the text names it ("The BBC's correspondent", "The BBC is unable to verify"). */
    public Optional<StoryEntity> publisher() {
        return Optional.ofNullable(m.publisher);
    }

    /** Marks an entity as mentioned by a post, so that it is in the post's entities. */
    public void mention(int post, StoryEntity e) {
        m.mention(post, e);
    }

    /** The entities post {@code post} mentions by name or title, in its body or its captions. */
    public List<StoryEntity> entitiesOf(int post) {
        Set<StoryEntity> out = new LinkedHashSet<>();
        for (EntityMention o : occs(post)) {
            if (o.how == EntityMention.How.NAME || o.how == EntityMention.How.ROLE || o.ent.named) {
                out.add(o.ent);
            }
        }
        for (StoryText caption : m.captions.get(post)) {
            for (EntityMention o : caption.occs) {
                if (o.how == EntityMention.How.NAME || o.ent.named) {
                    out.add(o.ent);
                }
            }
        }
        out.addAll(m.extra.getOrDefault(post, Set.of()));
        return new ArrayList<>(out);
    }
}
