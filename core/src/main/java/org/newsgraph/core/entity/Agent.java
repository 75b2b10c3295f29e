package org.newsgraph.core.entity;

/** An entity that acts: it meets, pledges, accuses, speaks, visits or attacks. */
public sealed interface Agent extends Entity permits Person, Organisation, Country {
}
