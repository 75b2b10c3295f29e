/**
 * The events: meetings, pledges, accusations, statements, visits and attacks, with who takes
 * part, the amounts pledged and the mentions that ground them. Uses entity and slug.
 */
package org.newsgraph.core.event;
