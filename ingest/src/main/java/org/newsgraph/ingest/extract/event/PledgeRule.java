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
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * Pledges. Recognised by a money amount and a pledge word in one sentence (pledge, commit,
 * provide, offer, allocate, aid, package, funding, donation, grant, release, invest ...), none of
 * them negated, the amount not followed by "if" or "unless"; {@link PledgeAmounts} says which
 * amounts are pledges (not fines, costs, claims, appeals or totals) and which are conversions of
 * one pledge; {@link Pledgers} finds who gives it, one per clause. A currency word several
 * countries share is the payer's own ({@link LocalCurrency}). The recipient "to/for X"; the purpose
 * after "in/of/for"; "until YYYY". Two reports are one pledge when they share a currency and their
 * values are within 2%. Key: pledger, currency, amount.
 */
final class PledgeRule implements EventRule {
    private static final Pattern PURPOSE = Pattern.compile(
            "^\\s*(?:\\([^)]*\\)\\s*)?(?:in|of|for|worth of)\\s+((?:new |additional |further |extra |more )?(?:[a-z-]+ ){0,2}"
                    + "(?:aid|support|assistance|funding|weaponry|weapons|equipment|loans?|grants?|investment|relief|help|ammunition))\\b");
    private static final Pattern CONDITION = Pattern.compile("\\b(if|unless|on condition that|provided that)\\b",
            Pattern.CASE_INSENSITIVE);
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
        for (List<Money.Found> g : PledgeAmounts.pledges(s, money)) {
            EventCandidate c = new EventCandidate(EventKind.PLEDGE, at.post(), s);
            int amountAt = PledgeAmounts.tokenAt(s, s.begin() + g.get(0).start());
            int endTok = PledgeAmounts.tokenAt(s, s.begin() + g.get(g.size() - 1).end() - 1);
            if (CONDITION.matcher(s.text().substring(g.get(g.size() - 1).end())).find()) {
                continue; // "would give $5m if others did the same": an offer, not a pledge
            }
            Pledgers.find(args, at, amountAt, PledgeAmounts.tokenAt(s, s.begin() + g.get(0).end() - 1), c);
            StoryEntity payer = bestPledger(c.a).stream().findFirst().orElse(null);
            for (Money.Found f : g) {
                MonetaryAmount m = LocalCurrency.of(payer, s.text().substring(f.start(), f.end()), f.amount());
                if (c.amounts.stream().noneMatch(a -> a.currency().equals(m.currency()))) {
                    c.amounts.add(m);
                }
            }
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
