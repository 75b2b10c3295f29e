/**
 * Stories and their posts as read from live pages (headline, body, time, bylines, images), and
 * the facts extracted from a post. Uses entity, event and slug.
 */
package org.newsgraph.core.story;
