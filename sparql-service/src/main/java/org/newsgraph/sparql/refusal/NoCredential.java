package org.newsgraph.sparql.refusal;

import java.util.List;

/** A write without a credential, where one of {@link #schemes()} would be taken. */
public final class NoCredential extends Refusal {
    private final List<String> schemes;

    public NoCredential(String message, List<String> schemes) {
        super(message);
        this.schemes = List.copyOf(schemes);
    }

    /** The schemes the service takes a credential in, e.g. Bearer and Basic. */
    public List<String> schemes() {
        return schemes;
    }
}
