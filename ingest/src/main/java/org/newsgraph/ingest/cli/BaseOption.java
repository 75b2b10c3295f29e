package org.newsgraph.ingest.cli;

import org.newsgraph.core.iri.IriMinter;
import picocli.CommandLine.Option;

/** The base of minted IRIs: the same option wherever posts are stored, locally or at an endpoint. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "The base of minted IRIs (default: ${DEFAULT-VALUE}); fixed when the store is created.")
    String base;
}
