package org.newsgraph.sparql.query;

/**
 * A query's result that is still being written: the response sends it from {@code result} as it comes.
 * <pre>
 *   OptionalLong truncatedAt = answer.result().drainTo(out, response::closed);   // throws ResultCutOff when the query fails part-way
 * </pre>
 *
 * @param contentType the Content-Type header, with its charset
 * @param result      the rest of the result, as the query writes it
 * @param capped      whether the row cap applies, so that the end of the result may say it cut rows
 */
record StreamedAnswer(String contentType, ResultPipe result, boolean capped) implements QueryAnswer {}
