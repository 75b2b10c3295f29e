package org.newsgraph.sparql.explore;

import java.util.List;

/**
 * An entity's events by time, earliest first.
 *
 * @param total  how many events it appears in; {@code events} holds at most the limit asked for
 * @param events the first of them, each with the parts the entity played
 */
public record Timeline(EntityRef entity, int total, List<EventItem> events) {}
