package org.newsgraph.ingest.remote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.store.WritePath;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.StoreRefused;
import org.newsgraph.core.store.WriteResult;

/**
 * Writes posts' graphs to a store behind the SPARQL 1.1 Graph Store HTTP Protocol: a running
 * newsgraph service ({@code http://host:8080/data}) or any other graph store, such as Fuseki
 * ({@code http://host:3030/ds/data}). Each post's graph is minted and checked against the shapes
 * here, by the {@link WritePath} {@link Store#write} takes too, then sent with {@code PUT ?graph=<post graph>} in N-Triples.
 * <pre>
 *   RemoteGraphStore remote = RemoteGraphStore.connect(URI.create("http://localhost:8080/data"),
 *           "http://localhost:8080/", Optional.of(token));
 *   List&lt;WriteResult&gt; results = remote.write(posts);
 * </pre>
 * A graph the store already holds exactly is not sent again (UNCHANGED); a graph the shapes refuse
 * is not sent at all (REFUSED); a graph the server refuses with 400 or 422 is REFUSED with the
 * server's reason. IRIs are minted with a {@link RemoteSlugRegistry} that asks the store's SPARQL
 * endpoint, which is the Graph Store URL with its last segment {@code data} made {@code sparql}
 * (true of newsgraph and Fuseki). Unlike a local store, the posts of a call are not written in
 * one transaction: each PUT is one.
 *
 * @throws StoreRefused from {@link #write} when the server cannot be reached, or refuses the credential
 */
public final class RemoteGraphStore {
    private final URI graphStore;
    private final Optional<String> token;
    private final HttpClient http = HttpClient.newHttpClient();
    private final IriMinter iris;
    private final WritePath writes = new WritePath();

    private RemoteGraphStore(URI graphStore, URI sparql, String base, Optional<String> token) {
        this.graphStore = graphStore;
        this.token = token;
        this.iris = new IriMinter(base, new RemoteSlugRegistry(base,
                query -> QueryExecHTTP.service(sparql.toString()).query(query).select().materialize()));
    }

    /** A client of the graph store at {@code graphStore}, minting IRIs under {@code base}, sending {@code token} as a bearer token. */
    public static RemoteGraphStore connect(URI graphStore, String base, Optional<String> token) {
        String path = graphStore.getPath();
        if (!path.endsWith("/data")) {
            throw new StoreRefused(graphStore + ": a Graph Store URL ends in /data (newsgraph: http://host:8080/data,"
                    + " Fuseki: http://host:3030/DATASET/data)");
        }
        return new RemoteGraphStore(graphStore, graphStore.resolve("sparql"), base, token);
    }

    /** Sends each post's graph in order; one result per post. */
    public List<WriteResult> write(List<PostFacts> posts) {
        List<WriteResult> results = new ArrayList<>(posts.size());
        for (PostFacts post : posts) {
            results.add(write(writes.prepare(post, iris)));
        }
        return results;
    }

    private WriteResult write(WritePath.Prepared prepared) {
        if (prepared.refusal().isPresent()) {
            return prepared.refusal().get();
        }
        String graphIri = prepared.graphIri();
        Graph graph = prepared.graph();
        long triples = graph.size();
        URI target = URI.create(graphStore + "?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        HttpResponse<byte[]> stored = send(HttpRequest.newBuilder(target).header("Accept", WebContent.contentTypeNTriples).GET());
        if (stored.statusCode() == 200 && RDFParser.source(new ByteArrayInputStream(stored.body())).lang(Lang.NTRIPLES)
                .toGraph().isIsomorphicWith(graph)) {
            return WriteResult.unchanged(graphIri, triples);
        }
        HttpResponse<byte[]> put = send(HttpRequest.newBuilder(target)
                .header("Content-Type", WebContent.contentTypeNTriples)
                .PUT(HttpRequest.BodyPublishers.ofString(RDFWriter.source(graph).lang(Lang.NTRIPLES).asString())));
        int status = put.statusCode();
        if (status / 100 == 2) {
            return WriteResult.written(graphIri, triples);
        }
        String reason = new String(put.body(), StandardCharsets.UTF_8).strip();
        if (status == 400 || status == 422) {
            return WriteResult.refused(graphIri, triples, "the graph store refused it (" + status + "): " + reason);
        }
        throw new StoreRefused(graphStore + " answered " + status + " to PUT " + graphIri
                + (status == 401 || status == 403 ? " (give the write token with --token)" : "") + ": " + reason);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new StoreRefused(graphStore + ": cannot reach the graph store (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreRefused(graphStore + ": interrupted", e);
        }
    }
}
