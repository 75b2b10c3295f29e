package org.newsgraph.sparql.refusal;

/** A query an administrator stopped while it ran (by its id, at {@code /admin/queries}); nothing was returned. */
public final class Cancelled extends Refusal {
    public Cancelled(String message) {
        super(message);
    }
}
