package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** An event found in one sentence, before the events of the story are merged and keyed. */
final class EventCandidate {
    final EventKind kind;
    final int post;
    final Sentence sent;
    /** attendees, pledgers, accusers, speakers, visitors, attackers */
    final Set<StoryEntity> a = new LinkedHashSet<>();
    /** chairs, recipients, accused, destinations, targets */
    final Set<StoryEntity> b = new LinkedHashSet<>();
    /** places named with it, the first being its location */
    final Set<StoryEntity> places = new LinkedHashSet<>();
    final List<MonetaryAmount> amounts = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    String purpose;
    Year until;
    LocalDate time;
    boolean definite;
    boolean verified = true;
    boolean direct;
    double confidence = 0.5;
    /** Further sentences of the same remark (the same speaker going on). */
    final List<EventCandidate> parts = new ArrayList<>();

    EventCandidate(EventKind kind, int post, Sentence sent) {
        this.kind = kind;
        this.post = post;
        this.sent = sent;
    }

    /** Attendees, then chairs: everyone a meeting report names. */
    Set<StoryEntity> participants() {
        Set<StoryEntity> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** This report and the further sentences of the same remark. */
    List<EventCandidate> withParts() {
        List<EventCandidate> all = new ArrayList<>();
        all.add(this);
        all.addAll(parts);
        return all;
    }

    @Override
    public String toString() {
        return kind + "@" + post + ":" + sent.index() + " a=" + a + " b=" + b + " places=" + places + " amounts=" + amounts
                + " texts=" + texts;
    }
}
