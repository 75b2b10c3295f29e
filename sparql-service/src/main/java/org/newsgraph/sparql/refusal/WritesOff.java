package org.newsgraph.sparql.refusal;

/** A write to a service that takes none: no write credential is configured. */
public final class WritesOff extends Refusal {
    public WritesOff(String message) {
        super(message);
    }
}
