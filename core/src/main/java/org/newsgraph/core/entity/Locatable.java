package org.newsgraph.core.entity;

/** Where something happens or goes: a place, or a whole country. */
public sealed interface Locatable extends Entity permits Place, Country {
}
