package org.newsgraph.ingest.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;

/**
 * The slug registry of an ingest into a store behind HTTP: the store's own registry is private to
 * it, so the owners of a slot are read from the entities the store holds. {@code person/ana-lopes},
 * {@code ana-lopes-2}, ... are looked up by SPARQL, in batches, until one is missing; the identity
 * of each (kind, label and owl:sameAs, as {@link IriMinter#identity} makes it) says whose it is.
 * Claims of this run are kept in memory, so a slot is looked up once.
 * <p>
 * Limits: a slot whose entity no longer appears in any graph reads as free, and the next
 * identity to want it gets it; two ingests running at once can claim the same slot; and a
 * local ingest into the same store later does not know of these claims (its registry was not
 * told), so it can mint an IRI of this run again for another identity. One ingester at a time,
 * and one way of ingesting per store, keeps IRIs as a local ingest would mint them.
 */
final class RemoteSlugRegistry implements SlugRegistry {
    private static final int BATCH = 8;

    private final String base;
    private final Function<String, RowSet> select;
    private final Map<String, List<String>> owners = new HashMap<>();

    /** A registry under {@code base} that runs its SELECT queries with {@code select}. */
    RemoteSlugRegistry(String base, Function<String, RowSet> select) {
        this.base = base;
        this.select = select;
    }

    @Override
    public String claim(String folder, String wanted, String identity) {
        List<String> ids = owners.computeIfAbsent(folder + "/" + wanted, slot -> stored(folder, wanted));
        int index = ids.indexOf(identity);
        if (index < 0) {
            ids.add(identity);
            index = ids.size() - 1;
        }
        return SlugRegistry.numbered(wanted, index);
    }

    /** The identities of the entities the store holds at a slot, by number, up to the first gap. */
    private List<String> stored(String folder, String wanted) {
        EntityKind kind = EntityKind.valueOf(folder.toUpperCase(Locale.ROOT));
        List<String> ids = new ArrayList<>();
        while (true) {
            int from = ids.size();
            Map<String, String> found = identities(kind, IntStream.range(from, from + BATCH)
                    .mapToObj(i -> iri(folder, wanted, i)).collect(Collectors.toList()));
            for (int i = from; i < from + BATCH; i++) {
                String id = found.get(iri(folder, wanted, i));
                if (id == null) {
                    return ids;
                }
                ids.add(id);
            }
        }
    }

    private Map<String, String> identities(EntityKind kind, List<String> iris) {
        String query = "SELECT ?e (SAMPLE(?label) AS ?name) (SAMPLE(?link) AS ?same) {"
                + " VALUES ?e { " + iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" ")) + " }"
                + " ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label"
                + " OPTIONAL { ?e <http://www.w3.org/2002/07/owl#sameAs> ?link } } GROUP BY ?e";
        Map<String, String> ids = new HashMap<>();
        select.apply(query).forEachRemaining(row -> ids.put(row.get("e").getURI(), IriMinter.identity(entity(kind,
                row.get("name").getLiteralLexicalForm(),
                Optional.ofNullable(row.get("same")).map(n -> n.getURI())))));
        return ids;
    }

    private String iri(String folder, String wanted, int index) {
        return base + "id/" + folder + "/" + SlugRegistry.numbered(wanted, index);
    }

    /** An entity with just what its identity depends on. */
    private static Entity entity(EntityKind kind, String label, Optional<String> sameAs) {
        return switch (kind) {
            case PERSON -> new Person(label, Set.of(), List.of(), sameAs);
            case ORGANISATION -> new Organisation(label, Set.of(), sameAs);
            case COUNTRY -> new Country(label, Set.of(), sameAs);
            case PLACE -> new Place(label, Set.of(), sameAs);
        };
    }
}
