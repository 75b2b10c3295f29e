/**
 * Why a request is refused, as domain errors named for what went wrong ({@code MalformedRequest},
 * {@code NotFound}, {@code Busy}, ...): the protocols' services and their helpers throw them, and
 * {@code http.ErrorResponses}, the one exception mapper, chooses each one's status, headers and
 * format. Uses the JDK only: no JAX-RS, no status codes.
 */
package org.newsgraph.sparql.refusal;
