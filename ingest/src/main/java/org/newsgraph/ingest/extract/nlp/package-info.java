/**
 * CoreNLP behind a small surface: {@code Nlp} loads and runs it, {@code PostDoc}, {@code Sentence}
 * and {@code Token} hold its output (tags, lemmas, named entities, dependencies), {@code Quotes}
 * finds quotation spans. The only package that imports CoreNLP.
 */
package org.newsgraph.ingest.extract.nlp;
