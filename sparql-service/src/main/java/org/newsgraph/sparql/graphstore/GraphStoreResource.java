package org.newsgraph.sparql.graphstore;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.http.GraphBodies;
import org.newsgraph.sparql.http.SparqlProtocol;
import org.newsgraph.sparql.http.WriteAccess;

/**
 * The Graph Store HTTP Protocol at {@code /data}: reads are open, writes need the write credential.
 * <pre>
 *   curl -H 'Accept: application/n-triples' 'http://localhost:8080/data?graph=http://localhost:8080/graph/post/s/1'
 *   curl -X PUT -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/turtle' --data-binary @post.ttl \
 *        'http://localhost:8080/data?graph=http://localhost:8080/graph/post/s/1'
 *   curl -i -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/turtle' --data-binary @notes.ttl http://localhost:8080/data
 *   curl -H 'Authorization: Bearer s3cret' -F 'a=@a.ttl;type=text/turtle' -F 'b=@b.nt;type=application/n-triples' \
 *        'http://localhost:8080/data?graph=notes'
 * </pre>
 * HEAD is answered by the GET method, without the body. A POST without {@code ?graph} or
 * {@code ?default} creates a new graph (201 with its Location). A POST may also carry its RDF as
 * the parts of a multipart/form-data body, each part with its own Content-Type (or, for a file
 * sent without one, the syntax its file name's extension says); their triples are merged.
 */
@Path("/data")
public class GraphStoreResource {
    private static final String PLAIN_TEXT = WebContent.contentTypeTextPlain + "; charset=" + WebContent.charsetUTF8;
    private final GraphStoreService graphs;
    private final WriteAccess writes;
    private final ServiceConfig config;

    GraphStoreResource(GraphStoreService graphs, WriteAccess writes, ServiceConfig config) {
        this.graphs = graphs;
        this.writes = writes;
        this.config = config;
    }

    @GET
    public Response get(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        List<String> formats = uri.getQueryParameters().getOrDefault(SparqlProtocol.FORMAT, List.of());
        GraphDocument graph = graphs.get(target(uri), accept, formats.stream().findFirst());
        return Response.ok(graph.body(), graph.contentType()).build();
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        writes.check(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        return written(graphs.put(target(uri), body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        writes.check(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        return post(List.of(new GraphBodies.Document(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE))), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postParts(MultipartFormDataInput form, @Context UriInfo uri, @Context HttpHeaders headers) {
        writes.check(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        return post(form.getValues().values().stream().flatMap(Collection::stream).map(GraphStoreResource::document).toList(), uri);
    }

    @DELETE
    public Response delete(@Context UriInfo uri, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        writes.check(authorization);
        graphs.delete(target(uri));
        return Response.noContent().build();
    }

    private Response post(List<GraphBodies.Document> documents, UriInfo uri) {
        if (!GraphTarget.isStore(uri.getQueryParameters())) {
            return written(graphs.post(target(uri), documents));
        }
        String iri = graphs.create(documents);
        // Not the IRI itself: it need not dereference here (the base may name another host), this URL does.
        URI location = uri.getRequestUriBuilder().replaceQuery(null).queryParam(GraphTarget.GRAPH, iri).build();
        return Response.created(location).type(PLAIN_TEXT).entity(iri + "\n").build();
    }

    private static Response written(GraphWrite write) {
        return Response.status(write == GraphWrite.CREATED ? Status.CREATED : Status.NO_CONTENT).build();
    }

    private static GraphBodies.Document document(FormValue part) {
        String contentType = part.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        Lang byFileName = part.getFileName() == null ? null : RDFLanguages.filenameToLang(part.getFileName());
        if (byFileName != null && (contentType == null || contentType.startsWith(MediaType.APPLICATION_OCTET_STREAM))) {
            // curl -F 'f=@notes.ttl' sends a file without ;type= as octet-stream: its extension tells the syntax.
            contentType = byFileName.getContentType().getContentTypeStr();
        }
        if (!part.isFileItem()) {
            // A field without a file name: Quarkus has decoded it to text already.
            return new GraphBodies.Document(part.getValue().getBytes(StandardCharsets.UTF_8), contentType);
        }
        try (InputStream in = part.getFileItem().getInputStream()) {
            return new GraphBodies.Document(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded part " + part.getFileName(), e);
        }
    }

    private GraphTarget target(UriInfo uri) {
        return GraphTarget.of(uri.getQueryParameters(), config.base());
    }
}
