/**
 * Events from annotated sentences: one {@code EventRule} per kind in the {@code EventRules}
 * registry (how it is recognised, when two reports are one event, its key, how it is built), the
 * shared sentence machinery (arguments, cancellation, reported speech, money, dates), the finder
 * that asks the rules and the merger that groups reports. Uses {@code extract.nlp},
 * {@code extract.entity} and core's event records.
 */
package org.newsgraph.ingest.extract.event;
