/**
 * The entities the news is about: people, organisations, countries, places and their roles, as
 * immutable records with their names and links. Uses the JDK only.
 */
package org.newsgraph.core.entity;
