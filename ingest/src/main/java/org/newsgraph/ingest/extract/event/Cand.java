package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.ingest.extract.entity.Ent;
import org.newsgraph.ingest.extract.nlp.Sent;

/** An event found in one sentence, before the events of the story are merged and keyed. */
final class Cand {
    final EventKind kind;
    final int post;
    final Sent sent;
    /** attendees, pledgers, accusers, speakers, visitors, attackers */
    final Set<Ent> a = new LinkedHashSet<>();
    /** chairs, recipients, accused, destinations, targets */
    final Set<Ent> b = new LinkedHashSet<>();
    /** places named with it, the first being its location */
    final Set<Ent> places = new LinkedHashSet<>();
    final List<MonetaryAmount> amounts = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    String purpose;
    Year until;
    LocalDate time;
    boolean definite;
    boolean verified = true;
    boolean direct;
    double confidence = 0.5;
    Set<String> words = new LinkedHashSet<>();
    String key;
    /** Further sentences of the same remark (the same speaker going on). */
    final List<Cand> parts = new ArrayList<>();

    Cand(EventKind kind, int post, Sent sent) {
        this.kind = kind;
        this.post = post;
        this.sent = sent;
    }

    @Override
    public String toString() {
        return kind + "@" + post + ":" + sent.index() + " a=" + a + " b=" + b + " places=" + places + " amounts=" + amounts
                + " texts=" + texts + " key=" + key;
    }
}
