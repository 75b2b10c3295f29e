package org.newsgraph.sparql.explore;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The exploration as JSON: timelines, neighbours, co-occurrence, paths and storylines.
 * <pre>
 *   curl 'http://localhost:8080/api/explore/timeline?entity=http://localhost:8080/id/person/sofie-lunde'
 *   curl 'http://localhost:8080/api/explore/paths?from=id/person/sofie-lunde&amp;to=id/country/iceland'
 * </pre>
 * Errors are {@code {"error": "..."}} with 400 (bad parameter), 404 (unknown IRI) or 503 (too slow).
 */
@Path("/api/explore")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exploration", description = "How entities and stories connect, read from the event graph")
@APIResponse(responseCode = "400", description = "A parameter is missing, not an IRI, or out of range")
@APIResponse(responseCode = "404", description = "The store has no entity or story by that IRI")
@APIResponse(responseCode = "503", description = "The lookup ran past the query timeout")
public class ExploreApi {
    private static final String ENTITY = "The entity's IRI, or its path under the base (id/person/...)";
    private static final String LIMIT = "How many to list";

    private final Exploration exploration;

    ExploreApi(Exploration exploration) {
        this.exploration = exploration;
    }

    @GET
    @Path("timeline")
    @Operation(summary = "An entity's events by time", description = "The events a person, organisation, country "
            + "or place appears in, earliest first: by the time the text gives, else by the first post reporting "
            + "them; each with its type, actors, the entity's parts, its posts and its stories.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Timeline.class)))
    public Response timeline(@Parameter(description = ENTITY, required = true) @QueryParam("entity") String entity,
            @Parameter(description = LIMIT + " (default 50, at most 500)") @QueryParam("limit") Integer limit) {
        return json(exploration.timeline(entity, limit));
    }

    @GET
    @Path("neighbours")
    @Operation(summary = "An entity's neighbours by relation", description = "Who it met, pledged to, accused, "
            + "was accused by, spoke with, visited, attacked..., with the number of events for each neighbour.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NeighbourGroups.class)))
    public Response neighbours(@Parameter(description = ENTITY, required = true) @QueryParam("entity") String entity,
            @Parameter(description = LIMIT + " in each relation (default 50, at most 500)") @QueryParam("limit")
            Integer limit) {
        return json(exploration.neighbours(entity, limit));
    }

    @GET
    @Path("neighbourhood")
    @Operation(summary = "An entity's neighbourhood as a graph", description = "The entity and its most connected "
            + "neighbours as nodes, one edge per neighbour and relation with the times of its events: what the "
            + "entity page draws.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NeighbourGraph.class)))
    public Response neighbourhood(@Parameter(description = ENTITY, required = true) @QueryParam("entity")
            String entity, @Parameter(description = "How many neighbours to draw (default 200, at most 500)")
            @QueryParam("limit") Integer limit) {
        return json(exploration.neighbourhood(entity, limit));
    }

    @GET
    @Path("cooccurrence")
    @Operation(summary = "Who appears with whom", description = "Pairs of entities with the number of events they "
            + "share and of stories that mention both; for one entity when it is given, else the top pairs of the "
            + "store.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CoOccurrence.class)))
    public Response coOccurrence(@Parameter(description = ENTITY + "; absent for the top pairs") @QueryParam("entity")
            String entity, @Parameter(description = LIMIT + " (default 50, at most 500)") @QueryParam("limit")
            Integer limit) {
        return json(exploration.coOccurrence(entity, limit));
    }

    @GET
    @Path("paths")
    @Operation(summary = "The shortest paths between two entities", description = "Chains of entity–event–entity "
            + "hops, all of the shortest length up to maxLength hops.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Paths.class)))
    public Response paths(@Parameter(description = ENTITY, required = true) @QueryParam("from") String from,
            @Parameter(description = ENTITY, required = true) @QueryParam("to") String to,
            @Parameter(description = "The most hops (default 4, at most 6)") @QueryParam("maxLength") Integer maxLength,
            @Parameter(description = "How many paths (default 10, at most 100)") @QueryParam("limit") Integer limit) {
        return json(exploration.paths(from, to, maxLength, limit));
    }

    @GET
    @Path("storyline")
    @Operation(summary = "A story's events in order", description = "The events a story reports, by time, each "
            + "with the other stories that report the same event.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Storyline.class)))
    public Response storyline(@Parameter(description = "The story's IRI, or its path under the base (id/story/...)",
            required = true) @QueryParam("story") String story,
            @Parameter(description = LIMIT + " (default 50, at most 500)") @QueryParam("limit") Integer limit) {
        return json(exploration.storyline(story, limit));
    }

    private static Response json(Object answer) {
        return Response.ok(ExploreErrors.json(answer), MediaType.APPLICATION_JSON).build();
    }
}
