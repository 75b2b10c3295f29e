package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * Where a rule looks for events: one sentence of one post, with what the post says about it.
 *
 * @param post       the post's index in the story
 * @param sentence   the sentence
 * @param text       the post's body, which the sentence's offsets point into
 * @param date       the post's publication day, against which "today" and "on Monday" resolve
 * @param unverified whether the post says it cannot verify what it reports
 */
record Site(int post, Sentence sentence, String text, LocalDate date, boolean unverified) {}
