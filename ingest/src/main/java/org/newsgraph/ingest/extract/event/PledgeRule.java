package org.newsgraph.ingest.extract.event;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Pledges. Recognised by a money amount and a pledge word in one sentence (pledge, commit,
 * provide, offer, allocate, aid, package, funding ...), none of them negated; amounts in brackets
 * right after one are the same pledge in other currencies; "bringing its total to" is no pledge.
 * The pledger is a possessor ("the UK's £4.5bn"), a "by" agent, the subject of the pledge verb or
 * of the sentence, else the speaker announcing it; the recipient "to/for X"; the purpose after
 * "in/of/for"; "until YYYY". Two reports are one pledge when they share a currency and their values
 * are within 2%. Key: pledger, currency, amount.
 */
final class PledgeRule implements EventRule {
    private static final Pattern PURPOSE = Pattern.compile(
            "^\\s*(?:\\([^)]*\\)\\s*)?(?:in|of|for|worth of)\\s+((?:new |additional |further |extra |more )?(?:[a-z-]+ ){0,2}"
                    + "(?:aid|support|assistance|funding|weaponry|weapons|equipment|loans?|grants?|investment|relief|help|ammunition))\\b");
    private static final Pattern SAME_PLEDGE_BETWEEN = Pattern.compile(
            "\\s*[(,]\\s*|\\)?\\s*\\(\\s*|\\s*,\\s*|\\s*\\)\\s*\\(\\s*|\"?\\s*\\(\\s*");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    @Override
    public EventKind kind() {
        return EventKind.PLEDGE;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        List<Money.Found> money = Money.find(s.text());
        if (money.isEmpty() || trigger(s) < 0) {
            return List.of();
        }
        for (int i = 0; i < s.size(); i++) {
            if (TriggerWords.PLEDGE.contains(s.tok(i).lemma()) && Cancellation.cancelled(s, i)) {
                return List.of();
            }
        }
        List<EventCandidate> out = new ArrayList<>();
        for (List<Money.Found> g : amountGroups(s, money)) {
            if (runningTotal(s, tokenAt(s, s.begin() + g.get(0).start()))) {
                continue; // "bringing its total this year to €270m" sums earlier pledges up
            }
            EventCandidate c = new EventCandidate(EventKind.PLEDGE, at.post(), s);
            for (Money.Found f : g) {
                if (c.amounts.stream().noneMatch(a -> a.currency().equals(f.amount().currency()))) {
                    c.amounts.add(f.amount());
                }
            }
            int amountAt = tokenAt(s, s.begin() + g.get(0).start());
            int endTok = tokenAt(s, s.begin() + g.get(g.size() - 1).end() - 1);
            pledger(args, at, amountAt, c);
            recipient(args, at, endTok, c);
            Matcher m = PURPOSE.matcher(s.text().substring(g.get(g.size() - 1).end()));
            if (m.find()) {
                c.purpose = m.group(1).replaceFirst("^(new|additional|further|extra|more) ", "");
            }
            c.until = Dates.until(s.text(), at.date()).orElse(null);
            c.time = Dates.day(s.text(), at.date()).orElse(null);
            c.confidence = c.direct ? 0.8 : 0.6;
            out.add(c);
        }
        return out;
    }

    /** The pledge word of the sentence, a verb before a noun, or -1. */
    private static int trigger(Sentence s) {
        int trigger = -1;
        for (int i = 0; i < s.size(); i++) {
            if (TriggerWords.PLEDGE.contains(s.tok(i).lemma()) && !Cancellation.cancelled(s, i)) {
                trigger = trigger < 0 || s.tok(i).isVerb() && !s.tok(trigger).isVerb() ? i : trigger;
            }
        }
        return trigger;
    }

    /** The first amount and those in brackets right after it are one pledge in several currencies. */
    private static List<List<Money.Found>> amountGroups(Sentence s, List<Money.Found> money) {
        List<List<Money.Found>> groups = new ArrayList<>();
        for (Money.Found f : money) {
            if (!groups.isEmpty()) {
                List<Money.Found> g = groups.get(groups.size() - 1);
                Money.Found last = g.get(g.size() - 1);
                if (SAME_PLEDGE_BETWEEN.matcher(s.text().substring(last.end(), f.start())).matches()) {
                    g.add(f);
                    continue;
                }
            }
            List<Money.Found> g = new ArrayList<>();
            g.add(f);
            groups.add(g);
        }
        return groups;
    }

    /** The possessor, the "by" agent, the subject of the pledge verb or of the sentence, else the announcer. */
    private static void pledger(Arguments args, Site at, int amountAt, EventCandidate c) {
        Sentence s = at.sentence();
        // 1. "the UK's £4.5bn"
        if (amountAt >= 2 && s.tok(amountAt - 1).pos().equals("POS")) {
            StoryEntity e = args.agentAt(at, amountAt - 2);
            if (e != null) {
                c.a.add(e);
                c.direct = true;
            }
        }
        // 2. "offered by Germany"
        if (c.a.isEmpty()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.tok(i).lower().equals("by") && i > 0 && s.tok(i - 1).pos().equals("VBN")) {
                    StoryEntity e = args.agentAt(at, i + 1);
                    if (e == null && i + 2 < s.size() && s.tok(i + 1).lower().equals("the")) {
                        e = args.agentAt(at, i + 2);
                    }
                    if (e != null) {
                        c.a.add(e);
                        c.direct = true;
                        break;
                    }
                }
            }
        }
        // 3. the subject of the pledging verb, or of the sentence
        for (int i = 0; i < s.size() && c.a.isEmpty(); i++) {
            if (s.tok(i).isVerb() && TriggerWords.PLEDGE.contains(s.tok(i).lemma())) {
                for (StoryEntity e : args.subjects(at, i)) {
                    if (e.kind() != EntityKind.PERSON) {
                        c.a.add(e);
                        c.direct = true;
                    }
                }
            }
        }
        if (c.a.isEmpty()) {
            // the subject of the main verb: "the ministry detailed the support it will provide from the €11bn"
            int r = Arguments.root(s);
            if (r >= 0) {
                c.a.addAll(args.subjects(at, r));
            }
        }
        // 4. the person who announces it: "Healey said allies had pledged ..."
        for (int i = 0; i < s.size() && c.a.isEmpty(); i++) {
            if (s.tok(i).isVerb() && TriggerWords.SPEECH.contains(s.tok(i).lemma())) {
                c.a.addAll(args.speakers(at, i, Quotes.inside(at.text(), s)));
            }
        }
    }

    /** "to Ukraine", "for Ukraine", "providing Ukraine". */
    private static void recipient(Arguments args, Site at, int endTok, EventCandidate c) {
        Sentence s = at.sentence();
        for (int i = endTok + 1; i + 1 < s.size(); i++) {
            String w = s.tok(i).lower();
            if (w.equals("to") || w.equals("for")) {
                StoryEntity e = args.agentAt(at, i + 1);
                if (e != null && !c.a.contains(e)) {
                    c.b.add(e);
                    break;
                }
            }
        }
        if (c.b.isEmpty()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.tok(i).isVerb() && TriggerWords.PLEDGE.contains(s.tok(i).lemma())) {
                    StoryEntity e = args.agentAt(at, i + 1);
                    if (e != null && !c.a.contains(e) && e.kind() == EntityKind.COUNTRY) {
                        c.b.add(e);
                        break;
                    }
                }
            }
        }
    }

    private static boolean runningTotal(Sentence s, int at) {
        for (int k = Math.max(0, at - 10); k < at; k++) {
            String l = s.tok(k).lemma();
            if (l.equals("bring") || l.equals("raise") && k + 1 < at && s.tok(k + 1).lemma().matches("its|their|the")) {
                for (int m = k; m < at; m++) {
                    if (s.tok(m).lemma().equals("total")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (Token t : s.toks()) {
            if (t.end() > offset) {
                return t.i();
            }
        }
        return s.size() - 1;
    }

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        for (EventCandidate x : g) {
            for (MonetaryAmount a : x.amounts) {
                for (MonetaryAmount b : c.amounts) {
                    if (a.currency().equals(b.currency()) && close(a.value(), b.value())) {
                        return 1;
                    }
                }
            }
        }
        return 0;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal diff = a.subtract(b).abs();
        return diff.compareTo(a.abs().max(b.abs()).multiply(TOLERANCE)) <= 0;
    }

    @Override
    public String key(List<EventCandidate> g) {
        Set<StoryEntity> all = new LinkedHashSet<>();
        for (EventCandidate c : g) {
            all.addAll(c.a);
        }
        StoryEntity pledger = bestPledger(all).stream().findFirst().orElse(null);
        MonetaryAmount amount = g.get(0).amounts.stream().min(Comparator.comparing(MonetaryAmount::currency)).orElseThrow();
        String v = amount.value().round(new MathContext(3)).toPlainString().replace('.', '-');
        return "pledge-" + Keys.slug(pledger) + "-" + amount.currency().toLowerCase(Locale.ROOT) + "-" + v;
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        Set<StoryEntity> pledgers = r.a().isEmpty() ? bestPledger(r.groupA()) : r.a();
        if (pledgers.isEmpty()) {
            return Optional.empty();
        }
        Set<StoryEntity> recipients = r.b().isEmpty() ? r.groupB() : r.b();
        recipients.removeAll(pledgers);
        if (r.amounts().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pledge(key, PostReport.agents(pledgers), PostReport.agents(recipients), r.amounts(),
                Optional.ofNullable(r.purpose()), Optional.ofNullable(r.until()), r.grounding()));
    }

    /** A country before an organisation before a person: who stands behind the money. */
    private static Set<StoryEntity> bestPledger(Set<StoryEntity> all) {
        StoryEntity best = null;
        for (StoryEntity e : all) {
            if (best == null || rank(e) > rank(best)) {
                best = e;
            }
        }
        Set<StoryEntity> out = new LinkedHashSet<>();
        if (best != null) {
            out.add(best);
        }
        return out;
    }

    private static int rank(StoryEntity e) {
        return switch (e.kind()) {
            case COUNTRY -> 3;
            case ORGANISATION -> 2;
            case PERSON -> 1;
            case PLACE -> 0;
        };
    }
}
