package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.story.Byline;
import org.newsgraph.ingest.extract.nlp.PostDoc;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * The people, organisations, countries and places of one story, resolved across its posts.
 * <pre>
 *   StoryEntities entities = StoryEntities.resolve(bodies, captions, bylines);
 *   entities.occs(0);            // the mentions in the first post's body, in text order
 *   entities.entitiesOf(0);      // what the first post mentions, with canonical labels and aliases
 * </pre>
 * Names come from CoreNLP's entity tags and general patterns (ministries, facilities,
 * headquarters, "Country's ... fund"); a surname alone is the person of the story with that
 * surname when there is exactly one; a title alone ("Germany's defence minister") is the one
 * person who holds it; "he"/"she" is the person the sentence or the one before is about.
 * Canonical labels: the longest full name of a person; the English short name of a country.
 */
public final class StoryEntities {
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "into", "across", "around",
            "outside", "inside", "towards", "toward", "over", "via", "through", "within", "of");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "mr.", "mrs.", "ms.", "dr.");
    private static final Set<String> FACILITY = Set.of("facility", "plant", "station", "substation", "airport",
            "port", "base", "airbase", "refinery", "dam", "bridge", "hospital", "depot", "terminal", "factory",
            "complex", "mine", "pipeline", "reactor", "prison", "stadium", "palace", "cathedral", "embassy");
    private static final Set<String> REGION = Set.of("region", "regions", "oblast", "province", "county", "district",
            "state", "governorate");
    private static final Set<String> INSTITUTION = Set.of("fund", "bank", "agency", "company", "corporation",
            "council", "committee", "commission", "parliament", "court", "service", "ministry", "army", "navy");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Pattern MINISTRY_OF = Pattern.compile(
            "(?i)ministry of ((?:[A-Z][a-z]+)(?: (?:and|of) [A-Z][a-z]+)?)");
    private static final Pattern X_MINISTRY = Pattern.compile("(?i)([A-Za-z]+) ministry");
    private static final Pattern ORDINAL = Pattern.compile("^(?:\\d+(?:st|nd|rd|th)|first|second|third) ", Pattern.CASE_INSENSITIVE);

    private final List<PostDoc> bodies;
    private final List<List<PostDoc>> captions;
    private final List<List<EntityMention>> bodyOccs = new ArrayList<>();
    private final List<List<EntityMention>> captionOccs = new ArrayList<>();
    private final Map<String, StoryEntity> ents = new LinkedHashMap<>();
    private final Map<Integer, Set<StoryEntity>> extra = new HashMap<>();
    private StoryEntity publisher;

    private StoryEntities(List<PostDoc> bodies, List<List<PostDoc>> captions) {
        this.bodies = bodies;
        this.captions = captions;
    }

    /**
     * Resolves the entities of a story: one body and the captions of each post, in page order,
     * and each post's bylines.
     */
    public static StoryEntities resolve(List<PostDoc> bodies, List<List<PostDoc>> captions, List<List<Byline>> bylines) {
        StoryEntities s = new StoryEntities(bodies, captions);
        for (int p = 0; p < bodies.size(); p++) {
            s.bodyOccs.add(s.raw(p, bodies.get(p)));
            List<EntityMention> cap = new ArrayList<>();
            for (PostDoc c : captions.get(p)) {
                cap.addAll(s.raw(p, c));
            }
            s.captionOccs.add(cap);
        }
        s.people();
        s.findPublisher();
        for (int p = 0; p < bodies.size(); p++) {
            s.roles(s.bodyOccs.get(p), bodies.get(p));
            List<EntityMention> cap = s.captionOccs.get(p);
            for (PostDoc c : captions.get(p)) {
                s.roles(cap, c);
            }
        }
        s.bylines(bylines);
        s.consolidateRoles();
        for (int p = 0; p < bodies.size(); p++) {
            s.roleOnly(p);
            s.pronouns(p);
            s.bodyOccs.get(p).sort(Comparator.comparingInt((EntityMention o) -> o.sent).thenComparingInt(o -> o.from));
        }
        return s;
    }

    // ------------------------------------------------------------------ access

    /** The mentions in the body of post {@code post}, in text order. */
    public List<EntityMention> occs(int post) {
        return bodyOccs.get(post);
    }

    /** The mentions in sentence {@code sent} of the body of post {@code post}. */
    public List<EntityMention> occs(int post, int sent) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention o : bodyOccs.get(post)) {
            if (o.sent == sent) {
                out.add(o);
            }
        }
        return out;
    }

    /** The longest mention covering token {@code tok}, if any. */
    public Optional<EntityMention> at(int post, int sent, int tok) {
        EntityMention best = null;
        for (EntityMention o : bodyOccs.get(post)) {
            if (o.sent == sent && o.from <= tok && tok < o.to && (best == null || o.to - o.from > best.to - best.from)) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The body of a post as annotated. */
    public PostDoc body(int post) {
        return bodies.get(post);
    }

    public int size() {
        return bodies.size();
    }

    /** The country so named, made on first use. */
    public StoryEntity country(String label) {
        return ent(EntityKind.COUNTRY, label);
    }

    /** The publisher of the story, when the text names it ("The BBC's correspondent", "The BBC is unable to verify"). */
    public Optional<StoryEntity> publisher() {
        return Optional.ofNullable(publisher);
    }

    /** Marks an entity as mentioned by a post, so that it is in the post's entities. */
    public void mention(int post, StoryEntity e) {
        extra.computeIfAbsent(post, k -> new LinkedHashSet<>()).add(e);
    }

    /** The entities post {@code post} mentions by name or title, in its body or its captions. */
    public List<StoryEntity> entitiesOf(int post) {
        Set<StoryEntity> out = new LinkedHashSet<>();
        for (EntityMention o : bodyOccs.get(post)) {
            if (o.ent != null && (o.how == EntityMention.How.NAME || o.how == EntityMention.How.ROLE || o.ent.named)) {
                out.add(o.ent);
            }
        }
        for (EntityMention o : captionOccs.get(post)) {
            if (o.ent != null && (o.how == EntityMention.How.NAME || o.ent.named)) {
                out.add(o.ent);
            }
        }
        out.addAll(extra.getOrDefault(post, Set.of()));
        return new ArrayList<>(out);
    }

    // ------------------------------------------------------------------ raw mentions

    private StoryEntity ent(EntityKind kind, String name) {
        String label = name.replaceAll("[\\s\u00A0]+", " ").strip();
        String k = kind + "|" + Lexicon.key(label);
        return ents.computeIfAbsent(k, x -> new StoryEntity(kind, label));
    }

    private List<EntityMention> raw(int post, PostDoc doc) {
        List<EntityMention> out = new ArrayList<>();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.toks();
            boolean[] used = new boolean[t.size()];
            patterns(post, doc, s, out, used);
            untagged(post, doc, s, out, used);
            int i = 0;
            while (i < t.size()) {
                String tag = t.get(i).ner();
                if (tag.equals("O") || used[i]) {
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean loc = LOCATION_TAGS.contains(tag);
                while (j < t.size() && !used[j] && (t.get(j).ner().equals(tag)
                        || (loc && LOCATION_TAGS.contains(t.get(j).ner())))) {
                    j++;
                }
                chunk(post, doc, s, i, j, loc ? "LOCATION" : tag, out);
                i = j;
            }
        }
        return out;
    }

    private void chunk(int post, PostDoc doc, Sentence s, int from, int to, String tag, List<EntityMention> out) {
        List<Token> t = s.toks();
        String surface = s.span(doc.text(), from, to);
        switch (tag) {
            case "PERSON" -> {
                while (from < to && HONORIFICS.contains(t.get(from).lower())) {
                    from++;
                }
                if (from >= to || !t.get(from).capitalised() || surface.length() < 2) {
                    return;
                }
                surface = s.span(doc.text(), from, to);
                if (Lexicon.country(surface).isPresent()) {
                    out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.NAME, surface, named(country(Lexicon.country(surface).get()), surface)));
                    return;
                }
                out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.NAME, surface, null));
            }
            case "COUNTRY" -> {
                String label = Lexicon.country(surface).orElse(surface);
                out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.NAME, surface, named(country(label), surface)));
            }
            case "NATIONALITY", "MISC" -> {
                Optional<String> c = Lexicon.countryOfDemonym(surface);
                if (c.isPresent()) {
                    out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.DEMONYM, surface, country(c.get())));
                }
            }
            case "ORGANIZATION" -> organisation(post, doc, s, from, to, out);
            case "LOCATION" -> location(post, doc, s, from, to, out);
            default -> { }
        }
    }

    private StoryEntity named(StoryEntity e, String surface) {
        e.named = true;
        e.mentions++;
        if (!Lexicon.key(surface).equals(Lexicon.key(e.label))) {
            e.alias(surface.replaceAll("(?:'s|’s)$", ""));
        }
        return e;
    }

    private void organisation(int post, PostDoc doc, Sentence s, int from, int to, List<EntityMention> out) {
        List<Token> t = s.toks();
        // "US Defence Secretary": a country and a title, not an organisation.
        if (to < t.size() && Lexicon.isTitleHead(t.get(to).word())) {
            for (int k = from; k < to; k++) {
                Optional<String> c = Lexicon.country(t.get(k).word());
                if (c.isPresent()) {
                    out.add(new EntityMention(post, s.index(), k, k + 1, EntityMention.How.NAME, t.get(k).word(), named(country(c.get()), t.get(k).word())));
                    return;
                }
            }
            while (to > from + 1 && Lexicon.isTitleModifier(t.get(to - 1).word())) {
                to--;
            }
        }
        String surface = s.span(doc.text(), from, to);
        Optional<String> c = Lexicon.country(surface);
        if (c.isPresent()) {
            out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.NAME, surface, named(country(c.get()), surface)));
            return;
        }
        String label = ORDINAL.matcher(surface).replaceFirst("");
        label = Lexicon.organisation(label).orElse(label);
        StoryEntity e = named(ent(EntityKind.ORGANISATION, label), surface);
        out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.NAME, surface, e));
        headquarters(post, doc, s, to, e, out);
    }

    /** "Nato's headquarters", "Nato headquarters": the organisation's seat is a place. */
    private void headquarters(int post, PostDoc doc, Sentence s, int to, StoryEntity org, List<EntityMention> out) {
        List<Token> t = s.toks();
        int k = to;
        if (k < t.size() && t.get(k).pos().equals("POS")) {
            k++;
        }
        if (k < t.size() && (t.get(k).lower().equals("headquarters") || t.get(k).lower().equals("hq"))) {
            String surface = s.span(doc.text(), to - 1 < 0 ? 0 : firstOf(s, to), k + 1);
            StoryEntity place = named(ent(EntityKind.PLACE, org.label + " headquarters"), surface);
            out.add(new EntityMention(post, s.index(), firstOf(s, to), k + 1, EntityMention.How.NAME, surface, place));
        }
    }

    private static int firstOf(Sentence s, int to) {
        int k = to - 1;
        String tag = s.tok(k).ner();
        while (k > 0 && s.tok(k - 1).ner().equals(tag) && !tag.equals("O")) {
            k--;
        }
        return k;
    }

    private void location(int post, PostDoc doc, Sentence s, int from, int to, List<EntityMention> out) {
        List<Token> t = s.toks();
        String surface = s.span(doc.text(), from, to);
        Optional<String> c = Lexicon.country(surface);
        if (c.isPresent()) {
            out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.NAME, surface, named(country(c.get()), surface)));
            return;
        }
        if (Lexicon.isSeatOrganisation(surface)) {
            Optional<String> org = Lexicon.organisation(surface);
            StoryEntity e = named(ent(EntityKind.ORGANISATION, org.orElse(surface)), surface);
            out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.NAME, surface, e));
            return;
        }
        Optional<String> seat = Lexicon.countryOfSeat(surface);
        boolean placeUse = from > 0 && LOCATIVE.contains(t.get(from - 1).lower());
        if (seat.isPresent() && !placeUse && actsAsAgent(s, from, to)) {
            StoryEntity country = country(seat.get());
            country.alias(surface);
            out.add(new EntityMention(post, s.index(), from, to, EntityMention.How.SEAT, surface, country));
            return;
        }
        StoryEntity place = named(ent(EntityKind.PLACE, surface), surface);
        int end = to;
        if (end < t.size() && REGION.contains(t.get(end).lower())) {
            place.alias(surface + " " + t.get(end).word().replaceAll("s$", ""));
            end++;
        }
        // "Russia's Kursk and Bryansk regions": the places lie in that country.
        int k = from;
        while (k >= 2 && (t.get(k - 1).lower().equals("and") || t.get(k - 1).word().equals(","))
                && (LOCATION_TAGS.contains(t.get(k - 2).ner()) || t.get(k - 2).pos().startsWith("NNP"))) {
            k -= 2;
            while (k > 0 && (LOCATION_TAGS.contains(t.get(k - 1).ner()) || t.get(k - 1).pos().startsWith("NNP")
                    && t.get(k - 1).capitalised() && !t.get(k - 1).pos().equals("POS"))) {
                k--;
            }
        }
        if (k >= 2 && t.get(k - 1).pos().equals("POS")) {
            Optional<String> owner = Lexicon.country(t.get(k - 2).word());
            owner.ifPresent(o -> place.country = country(o));
        }
        out.add(new EntityMention(post, s.index(), from, end, EntityMention.How.NAME, surface, place));
    }

    /** A capital acts when it is a subject or a possessor: "Moscow has claimed", "Washington's appetite". */
    private static boolean actsAsAgent(Sentence s, int from, int to) {
        if (to < s.size()) {
            Token next = s.tok(to);
            if (next.pos().equals("POS") || next.isVerb() || next.pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** Patterns CoreNLP's tagger does not give: ministries, facilities, "Country's ... fund". */
    private void patterns(int post, PostDoc doc, Sentence s, List<EntityMention> out, boolean[] used) {
        List<Token> t = s.toks();
        String text = doc.text();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            if (w.equals("ministry")) {
                ministry(post, doc, s, i, out, used);
            } else if (FACILITY.contains(w) && i > 0) {
                // the <Proper name> [power|nuclear ...] facility
                int k = i - 1;
                while (k >= 0 && !t.get(k).capitalised() && t.get(k).pos().startsWith("NN") && i - k <= 2) {
                    k--;
                }
                int end = k + 1;
                while (k >= 0 && t.get(k).pos().startsWith("NNP") && t.get(k).capitalised()
                        && Lexicon.country(t.get(k).word()).isEmpty() && Lexicon.countryOfDemonym(t.get(k).word()).isEmpty()) {
                    k--;
                }
                if (k + 1 < end && k >= 0 && t.get(k).lower().equals("the")) {
                    String surface = s.span(text, k + 1, i + 1);
                    StoryEntity place = named(ent(EntityKind.PLACE, surface), surface);
                    place.alias(s.span(text, k + 1, end));
                    out.add(new EntityMention(post, s.index(), k + 1, i + 1, EntityMention.How.NAME, surface, place));
                    for (int m = k + 1; m <= i; m++) {
                        used[m] = true;
                    }
                }
            } else if (INSTITUTION.contains(w) && i >= 3 && !w.equals("ministry")) {
                // Country's <lower-case words> fund
                int k = i - 1;
                while (k >= 0 && !t.get(k).capitalised() && (t.get(k).pos().startsWith("NN") || t.get(k).pos().startsWith("JJ"))) {
                    k--;
                }
                if (k < i - 1 && k >= 1 && t.get(k).pos().equals("POS") && Lexicon.country(t.get(k - 1).word()).isPresent()) {
                    String surface = s.span(text, k - 1, i + 1);
                    StoryEntity org = named(ent(EntityKind.ORGANISATION, surface), surface);
                    org.country = country(Lexicon.country(t.get(k - 1).word()).get());
                    out.add(new EntityMention(post, s.index(), k - 1, i + 1, EntityMention.How.NAME, surface, org));
                    for (int m = k; m <= i; m++) {
                        used[m] = true;
                    }
                }
            }
        }
    }

    /**
     * Places CoreNLP's tagger missed: a capital ("for Kyiv"), or a name before "region"/"oblast",
     * also in "the Kursk and Bryansk regions".
     */
    private void untagged(int post, PostDoc doc, Sentence s, List<EntityMention> out, boolean[] used) {
        List<Token> t = s.toks();
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            if (used[i] || !w.ner().equals("O") || !w.capitalised()) {
                continue;
            }
            if (!w.pos().startsWith("NNP") && !(w.pos().startsWith("JJ") && Lexicon.countryOfDemonym(w.word()).isPresent())) {
                continue;
            }
            // a demonym the tagger left untagged ("Tajik forces") still stands for its country
            if (Lexicon.countryOfDemonym(w.word()).isPresent() && (w.pos().startsWith("JJ") || w.pos().startsWith("NNP"))) {
                out.add(new EntityMention(post, s.index(), i, i + 1, EntityMention.How.DEMONYM, w.word(),
                        country(Lexicon.countryOfDemonym(w.word()).get())));
                used[i] = true;
                continue;
            }
            boolean capital = Lexicon.countryOfSeat(w.word()).isPresent() && Lexicon.organisation(w.word()).isEmpty();
            boolean region = false;
            int k = i + 1;
            while (k < t.size() && (t.get(k).lower().equals("and") || t.get(k).word().equals(",")
                    || t.get(k).capitalised() && t.get(k).pos().startsWith("NNP"))) {
                k++;
            }
            if (k < t.size() && REGION.contains(t.get(k).lower()) && k > i) {
                region = true;
            }
            if ((capital || region) && Lexicon.country(w.word()).isEmpty() && Lexicon.countryOfDemonym(w.word()).isEmpty()) {
                location(post, doc, s, i, i + 1, out);
                used[i] = true;
            }
        }
    }

    private StoryEntity lastMinistry;

    /** "the Russian Defence Ministry", "Germany's Ministry of Defence", "the defence ministry". */
    private void ministry(int post, PostDoc doc, Sentence s, int i, List<EntityMention> out, boolean[] used) {
        List<Token> t = s.toks();
        String text = doc.text();
        String topic = null;
        int from = i;
        int to = i + 1;
        Matcher m = MINISTRY_OF.matcher(text.substring(t.get(i).begin(), Math.min(text.length(), t.get(i).begin() + 60)));
        if (m.lookingAt()) {
            topic = m.group(1);
            int endChar = t.get(i).begin() + m.end();
            while (to < t.size() && t.get(to).end() <= endChar) {
                to++;
            }
        } else if (i > 0 && (t.get(i - 1).pos().startsWith("NN") || t.get(i - 1).pos().startsWith("JJ"))
                && Lexicon.country(t.get(i - 1).word()).isEmpty() && Lexicon.countryOfDemonym(t.get(i - 1).word()).isEmpty()) {
            topic = t.get(i - 1).word();
            from = i - 1;
        }
        if (topic == null) {
            return;
        }
        String country = null;
        int start = from;
        if (from > 0) {
            Token before = t.get(from - 1);
            Optional<String> d = Lexicon.countryOfDemonym(before.word());
            if (d.isPresent()) {
                country = d.get();
                start = from - 1;
            } else if (before.pos().equals("POS") && from > 1 && Lexicon.country(t.get(from - 2).word()).isPresent()) {
                country = Lexicon.country(t.get(from - 2).word()).get();
                start = from - 2;
            } else if (Lexicon.country(before.word()).isPresent()) {
                country = Lexicon.country(before.word()).get();
                start = from - 1;
            }
        }
        String topicTitle = capitalise(topic.toLowerCase(Locale.ROOT));
        String surface = s.span(text, start, to);
        StoryEntity e;
        if (country == null) {
            // "the defence ministry": the ministry the story last named, when it has that topic
            if (lastMinistry == null || !Lexicon.key(lastMinistry.label).contains(Lexicon.key(topic))) {
                return;
            }
            e = lastMinistry;
            e.alias(surface);
        } else {
            String demonym = demonymOf(country);
            e = named(ent(EntityKind.ORGANISATION, demonym + " " + topicTitle + " Ministry"), surface);
            e.country = country(country);
            lastMinistry = e;
        }
        out.add(new EntityMention(post, s.index(), start, to, EntityMention.How.NAME, surface, e));
        for (int k = start; k < to; k++) {
            used[k] = true;
        }
    }

    private static String demonymOf(String country) {
        return switch (country) {
            case "United Kingdom" -> "British";
            case "United States" -> "US";
            default -> Lexicon.demonym(country);
        };
    }

    static String capitalise(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the") || w.isEmpty()) {
                b.append(w);
            } else {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ people

    private void people() {
        List<EntityMention> all = new ArrayList<>();
        bodyOccs.forEach(all::addAll);
        captionOccs.forEach(all::addAll);
        Map<String, StoryEntity> full = new LinkedHashMap<>();
        for (EntityMention o : all) {
            if (o.ent == null && o.surface.contains(" ")) {
                String k = Lexicon.key(o.surface);
                StoryEntity e = full.computeIfAbsent(k, x -> ent(EntityKind.PERSON, o.surface));
                o.ent = e;
            }
        }
        // A surname alone: the one full name of the story that ends with it.
        Map<String, List<StoryEntity>> bySurname = new HashMap<>();
        for (StoryEntity e : full.values()) {
            String[] parts = Lexicon.key(e.label).split(" ");
            String last = parts[parts.length - 1];
            bySurname.computeIfAbsent(last, x -> new ArrayList<>()).add(e);
            // "al-Sisi", "el-Sisi", "bin Salman": the name without its particle is used alone too
            int dash = last.indexOf('-');
            if (dash > 0 && dash <= 3) {
                bySurname.computeIfAbsent(last.substring(dash + 1), x -> new ArrayList<>()).add(e);
            }
        }
        for (EntityMention o : all) {
            if (o.ent == null) {
                List<StoryEntity> c = bySurname.getOrDefault(Lexicon.key(o.surface), List.of());
                if (c.size() == 1) {
                    o.ent = c.get(0);
                } else if (c.isEmpty()) {
                    o.ent = ent(EntityKind.PERSON, o.surface);
                } else {
                    o.ent = nearest(o, c);
                }
            }
        }
        for (EntityMention o : all) {
            if (o.ent != null && o.ent.kind == EntityKind.PERSON) {
                o.ent.named = true;
                o.ent.mentions++;
                o.ent.alias(o.surface);
            }
        }
        for (List<EntityMention> l : bodyOccs) {
            l.removeIf(o -> o.ent == null);
        }
        for (List<EntityMention> l : captionOccs) {
            l.removeIf(o -> o.ent == null);
        }
    }

    /** Of several people sharing a surname, the one named in full in the same post, if only one is. */
    private StoryEntity nearest(EntityMention o, List<StoryEntity> candidates) {
        StoryEntity found = null;
        for (EntityMention other : bodyOccs.get(o.post)) {
            if (other != o && candidates.contains(other.ent)) {
                if (found != null && found != other.ent) {
                    return null;
                }
                found = other.ent;
            }
        }
        return found;
    }

    private void findPublisher() {
        for (int p = 0; p < bodies.size() && publisher == null; p++) {
            for (Sentence s : bodies.get(p).sentences()) {
                for (EntityMention o : bodyOccs.get(p)) {
                    if (o.sent != s.index() || o.ent == null || o.ent.kind != EntityKind.ORGANISATION) {
                        continue;
                    }
                    String after = s.span(bodies.get(p).text(), o.to, Math.min(s.size(), o.to + 4)).toLowerCase(Locale.ROOT);
                    if (after.matches("^(?:'s|’s) (?:\\w+ )?(?:correspondent|editor|reporter).*")
                            || after.matches("^(?:is|has) (?:unable|not been able|not) (?:to )?(?:independently )?(?:verify|verified).*")) {
                        publisher = o.ent;
                        break;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ roles

    private void roles(List<EntityMention> occs, PostDoc doc) {
        for (EntityMention o : new ArrayList<>(occs)) {
            if (o.ent == null || o.ent.kind != EntityKind.PERSON || o.how != EntityMention.How.NAME) {
                continue;
            }
            Sentence s = doc.sentences().get(o.sent);
            if (s == null) {
                continue;
            }
            int end = o.from;
            if (end > 0 && s.tok(end - 1).word().equals(",") && o.to < s.size() && s.tok(o.to).word().equals(",")) {
                end--; // "The US Defence Secretary, Pete Hegseth,"
            }
            Title title = titleBefore(doc, s, end, occs);
            if (title != null) {
                o.ent.roles.add(new StoryEntity.RoleOf(title.text, title.of));
                if (title.of != null && title.of.kind == EntityKind.COUNTRY && o.ent.country == null) {
                    o.ent.country = title.of;
                }
                o.ent.alias(s.span(doc.text(), title.from, o.to));
                continue;
            }
            Title after = titleAfter(doc, s, o.to, occs);
            if (after != null) {
                o.ent.roles.add(new StoryEntity.RoleOf(after.text, after.of));
                continue;
            }
            // "Germany's Boris Pistorius": the person acts for that country.
            if (o.from >= 2 && s.tok(o.from - 1).pos().equals("POS")) {
                EntityMention owner = occEndingAt(occs, o.sent, o.from - 1);
                if (owner != null && owner.ent != null && owner.ent.kind == EntityKind.COUNTRY) {
                    o.ent.country = owner.ent;
                    o.ent.alias(s.span(doc.text(), owner.from, o.to));
                }
            }
        }
    }

    private record Title(String text, StoryEntity of, int from) {}

    /** The title written just before token {@code end}: "UK Defence Secretary", "Kremlin spokesperson", "our Ukraine correspondent". */
    private Title titleBefore(PostDoc doc, Sentence s, int end, List<EntityMention> occs) {
        int k = end;
        boolean head = false;
        while (k > 0) {
            Token w = s.tok(k - 1);
            if (Lexicon.isTitleHead(w.word()) || w.ner().equals("TITLE") && !w.pos().equals("POS")) {
                head |= Lexicon.isTitleHead(w.word());
                k--;
            } else if (Lexicon.isTitleModifier(w.word()) && Lexicon.country(w.word()).isEmpty()) {
                k--;
            } else if ((w.lower().equals("of") || w.lower().equals("for")) && k - 1 > 0 && k < end
                    && (Lexicon.isTitleHead(s.tok(k - 2).word()) || Lexicon.isTitleModifier(s.tok(k - 2).word()))) {
                k--;
            } else {
                break;
            }
        }
        while (k < end && (s.tok(k).lower().equals("of") || s.tok(k).lower().equals("for"))) {
            k++;
        }
        if (!head || k >= end) {
            return null;
        }
        String text = capitalise(s.span(doc.text(), k, end).toLowerCase(Locale.ROOT));
        StoryEntity of = null;
        int from = k;
        if (k > 0) {
            Token before = s.tok(k - 1);
            EntityMention owner = occEndingAt(occs, s.index(), k);
            if (before.pos().equals("POS")) {
                owner = occEndingAt(occs, s.index(), k - 1);
                if (owner != null) {
                    of = owner.ent;
                    from = owner.from;
                }
            } else if (owner != null) {
                if (owner.from > 0 && s.tok(owner.from - 1).lower().equals("our")) {
                    text = owner.surface + " " + text;
                    of = publisher;
                } else {
                    of = owner.ent;
                }
                from = owner.from;
            } else if (before.lower().equals("our")) {
                of = publisher;
            }
        }
        if (of != null && of.kind == EntityKind.PLACE) {
            of = of.country;
        }
        if (of != null && of.kind == EntityKind.PERSON && of.country != null) {
            of = of.country;
        }
        return new Title(text, of, from);
    }

    /** "X, head of Russia's sovereign wealth fund,": an appositive title with what it is of. */
    private Title titleAfter(PostDoc doc, Sentence s, int to, List<EntityMention> occs) {
        if (to >= s.size() || !s.tok(to).word().equals(",")) {
            return null;
        }
        int k = to + 1;
        if (k < s.size() && (s.tok(k).lower().equals("the") || s.tok(k).lower().equals("a"))) {
            k++;
        }
        int start = k;
        boolean head = false;
        while (k < s.size() && (Lexicon.isTitleHead(s.tok(k).word()) || Lexicon.isTitleModifier(s.tok(k).word()))) {
            head |= Lexicon.isTitleHead(s.tok(k).word());
            k++;
        }
        if (!head || k >= s.size()) {
            return null;
        }
        String text = capitalise(s.span(doc.text(), start, k).toLowerCase(Locale.ROOT));
        if (s.tok(k).lower().equals("of") || s.tok(k).lower().equals("at")) {
            int m = k + 1;
            if (m < s.size() && s.tok(m).lower().equals("the")) {
                m++;
            }
            EntityMention best = null;
            for (EntityMention o : occs) {
                if (o.sent == s.index() && o.from == m && (best == null || o.to - o.from > best.to - best.from)) {
                    best = o;
                }
            }
            if (best != null && best.ent != null && best.ent.isAgent()) {
                return new Title(text, best.ent, start);
            }
        }
        return null;
    }

    private static EntityMention occEndingAt(List<EntityMention> occs, int sent, int end) {
        EntityMention best = null;
        for (EntityMention o : occs) {
            if (o.sent == sent && o.to == end && (best == null || o.to - o.from > best.to - best.from)) {
                best = o;
            }
        }
        return best;
    }

    private void bylines(List<List<Byline>> bylines) {
        for (int p = 0; p < bylines.size(); p++) {
            for (Byline b : bylines.get(p)) {
                StoryEntity e = null;
                for (StoryEntity x : ents.values()) {
                    if (x.kind == EntityKind.PERSON && Lexicon.key(x.label).equals(Lexicon.key(b.name()))) {
                        e = x;
                    }
                }
                if (e == null) {
                    e = ent(EntityKind.PERSON, b.name());
                }
                e.named = true;
                StoryEntity person = e;
                // without a publisher the byline's own role (no organisation) is stored with the post already
                if (publisher != null) {
                    b.title().ifPresent(t -> person.roles.add(new StoryEntity.RoleOf(capitalise(t.toLowerCase(Locale.ROOT)), publisher)));
                }
                mention(p, e);
            }
        }
    }

    /** One role per person and title head: the longest title, held of a country if any mention says so. */
    private void consolidateRoles() {
        for (StoryEntity e : ents.values()) {
            if (e.roles.size() < 1) {
                continue;
            }
            Map<String, List<StoryEntity.RoleOf>> byHead = new LinkedHashMap<>();
            for (StoryEntity.RoleOf r : e.roles) {
                byHead.computeIfAbsent(head(r.title()), x -> new ArrayList<>()).add(r);
            }
            List<StoryEntity.RoleOf> kept = new ArrayList<>();
            for (List<StoryEntity.RoleOf> group : byHead.values()) {
                String title = null;
                StoryEntity of = null;
                for (StoryEntity.RoleOf r : group) {
                    String t = r.title();
                    if (title == null || normTitle(t).length() > normTitle(title).length()
                            && !t.toLowerCase(Locale.ROOT).startsWith("former")) {
                        title = t;
                    }
                    if (r.of() != null && (of == null || rank(r.of()) > rank(of))) {
                        of = r.of();
                    }
                }
                kept.add(new StoryEntity.RoleOf(title, of));
            }
            e.roles.clear();
            // a title of nothing in particular ("spokesman") is kept as an alias only
            kept.removeIf(r -> r.of() == null || !r.of().isAgent());
            e.roles.addAll(kept);
            if (e.country == null) {
                for (StoryEntity.RoleOf r : kept) {
                    if (r.of() != null && r.of().kind == EntityKind.COUNTRY) {
                        e.country = r.of();
                    }
                }
            }
        }
    }

    private static int rank(StoryEntity of) {
        return switch (of.kind) {
            case COUNTRY -> 3;
            case ORGANISATION -> 2;
            case PERSON -> 1;
            case PLACE -> 0;
        };
    }

    static String normTitle(String t) {
        return t.toLowerCase(Locale.ROOT).replace("defense", "defence").replaceAll("[^a-z ]", "").strip();
    }

    /** The head word of a title: "Secretary of State for Defence" → "secretary", "Defence Minister" → "minister". */
    static String head(String title) {
        String[] w = normTitle(title).split(" ");
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("of") || w[i].equals("for")) {
                return w[0].equals("secretary") && w.length > i + 1 && !w[i + 1].equals("state") ? w[0]
                        : topicHead(w);
            }
        }
        return topicHead(w);
    }

    private static String topicHead(String[] w) {
        String last = w[w.length - 1];
        // "Secretary of State for Defence" and "Defence Secretary" are one title
        for (String x : w) {
            if (x.equals("secretary")) {
                return "secretary" + topic(w);
            }
            if (x.equals("minister")) {
                return "minister" + topic(w);
            }
        }
        return last;
    }

    private static String topic(String[] w) {
        for (String x : w) {
            if (x.equals("defence") || x.equals("foreign") || x.equals("home") || x.equals("finance") || x.equals("prime")
                    || x.equals("interior") || x.equals("health")) {
                return "-" + x;
            }
        }
        return "";
    }

    /** "Germany's defence minister", "the Russian President": a title alone is the one person of the story who holds it. */
    private void roleOnly(int p) {
        PostDoc doc = bodies.get(p);
        List<EntityMention> occs = bodyOccs.get(p);
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!Lexicon.isTitleHead(s.tok(i).word())) {
                    continue;
                }
                int end = i + 1;
                if (end < s.size() && (s.tok(end).ner().equals("PERSON") || s.tok(end).pos().equals("POS")
                        || Lexicon.isTitleHead(s.tok(end).word())
                        || s.tok(end).word().equals(",") && end + 1 < s.size() && s.tok(end + 1).ner().equals("PERSON"))) {
                    continue;
                }
                if (occCovering(occs, s.index(), i) != null) {
                    continue;
                }
                Title t = titleBefore(doc, s, end, occs);
                if (t == null || t.of == null || t.of.kind != EntityKind.COUNTRY) {
                    continue;
                }
                String h = head(t.text);
                StoryEntity found = null;
                int count = 0;
                for (StoryEntity e : ents.values()) {
                    if (e.kind != EntityKind.PERSON) {
                        continue;
                    }
                    for (StoryEntity.RoleOf r : e.roles) {
                        if (r.of() == t.of && head(r.title()).equals(h)) {
                            if (found != e) {
                                count++;
                            }
                            found = e;
                        }
                    }
                }
                if (count == 1) {
                    String surface = s.span(doc.text(), t.from, end);
                    occs.add(new EntityMention(p, s.index(), t.from, end, EntityMention.How.ROLE, surface, found));
                    found.alias(surface);
                }
            }
        }
    }

    private static EntityMention occCovering(List<EntityMention> occs, int sent, int tok) {
        for (EntityMention o : occs) {
            if (o.sent == sent && o.from <= tok && tok < o.to) {
                return o;
            }
        }
        return null;
    }

    /** "he"/"she" outside quotes: the first person of the sentence before it, else of the nearest sentence before that names one. */
    private void pronouns(int p) {
        PostDoc doc = bodies.get(p);
        List<EntityMention> occs = bodyOccs.get(p);
        occs.sort(Comparator.comparingInt((EntityMention o) -> o.sent).thenComparingInt(o -> o.from));
        StoryEntity salient = null;
        for (Sentence s : doc.sentences()) {
            boolean[] quoted = Quotes.inside(doc.text(), s);
            StoryEntity first = null;
            List<EntityMention> added = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                EntityMention o = occCovering(occs, s.index(), i);
                // the first person named, but not a possessor ("Donald Trump's envoy Steve Witkoff")
                if (o != null && o.ent != null && o.ent.kind == EntityKind.PERSON && !quoted[i] && first == null
                        && !(o.to < s.size() && s.tok(o.to).pos().equals("POS"))) {
                    first = o.ent;
                }
                if (PRONOUNS.contains(s.tok(i).lower()) && !quoted[i] && o == null) {
                    StoryEntity target = first != null ? first : salient;
                    if (target != null) {
                        added.add(new EntityMention(p, s.index(), i, i + 1, EntityMention.How.PRONOUN, s.tok(i).word(), target));
                        if (first == null) {
                            first = target;
                        }
                    }
                }
            }
            occs.addAll(added);
            if (first != null) {
                salient = first;
            }
        }
    }
}
