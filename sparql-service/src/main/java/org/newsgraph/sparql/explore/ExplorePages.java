package org.newsgraph.sparql.explore;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.newsgraph.core.story.index.StoryIndex;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.index.StorySummary;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.ld.Links;

/**
 * The exploration pages, for people: the same answers as {@link ExploreApi}, as HTML.
 * <pre>
 *   /explore                                   stories, the most frequent pairs, forms
 *   /explore/entity?entity=IRI                 timeline, neighbours, co-occurrence, and the pictures
 *   /explore/paths?from=IRI&amp;to=IRI            the shortest paths
 *   /explore/story?story=IRI                   the storyline
 * </pre>
 */
@Path("/explore")
@Produces(MediaType.TEXT_HTML)
public class ExplorePages {
    private static final int TOP_PAIRS = 20;

    private final Exploration exploration;
    private final Store store;
    private final ServiceConfig config;

    ExplorePages(Exploration exploration, Store store, ServiceConfig config) {
        this.exploration = exploration;
        this.store = store;
        this.config = config;
    }

    @CheckedTemplate(basePath = "explore")
    static final class Templates {
        private Templates() {}

        static native TemplateInstance index(List<StorySummary> stories, CoOccurrence pairs, ExploreLinks to);

        static native TemplateInstance entity(Timeline timeline, NeighbourGroups neighbours, CoOccurrence companions,
                ExploreLinks to);

        static native TemplateInstance paths(Paths paths, ExploreLinks to);

        static native TemplateInstance story(Storyline storyline, ExploreLinks to);

        static native TemplateInstance refused(String message);
    }

    @GET
    public TemplateInstance index(@Context UriInfo uri) {
        return Templates.index(new StoryIndex(store).stories(), exploration.coOccurrence(null, TOP_PAIRS), links(uri));
    }

    @GET
    @Path("entity")
    public TemplateInstance entity(@QueryParam("entity") String entity, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        return Templates.entity(exploration.timeline(entity, limit), exploration.neighbours(entity, limit),
                exploration.coOccurrence(entity, limit), links(uri));
    }

    @GET
    @Path("paths")
    public TemplateInstance paths(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("maxLength") Integer maxLength, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        return Templates.paths(exploration.paths(from, to, maxLength, limit), links(uri));
    }

    @GET
    @Path("story")
    public TemplateInstance story(@QueryParam("story") String story, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        return Templates.story(exploration.storyline(story, limit), links(uri));
    }

    private ExploreLinks links(UriInfo uri) {
        return new ExploreLinks(Links.of(config.base(), uri.getBaseUri()));
    }
}
