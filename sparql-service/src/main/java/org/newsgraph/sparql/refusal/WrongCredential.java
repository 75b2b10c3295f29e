package org.newsgraph.sparql.refusal;

/** A write whose credential is not the configured one; the message never repeats what was sent. */
public final class WrongCredential extends Refusal {
    public WrongCredential(String message) {
        super(message);
    }
}
