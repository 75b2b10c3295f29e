package org.newsgraph.ingest.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CoreNLP pipelines of this process, loaded once on first use (about 10 to 30 s, 2 GB of heap).
 * <pre>
 *   Nlp nlp = Nlp.get();
 *   PostDoc doc = nlp.annotate(post.body(), post.publishedAt().toLocalDate(), false);
 *   nlp.parse(doc.sentences().stream().filter(Triggers::mayHoldEvent).toList());
 * </pre>
 * Two stages: {@code tokenize,ssplit,pos,lemma,ner} on every sentence, then {@code depparse} only
 * on the sentences a caller selects (those that hold a trigger word), reusing their tokens and tags, so
 * no text is tokenised or tagged twice. SUTime and the numeric classifiers are off: money and
 * dates are read from the text by {@code extract.event.Money} and {@code Dates}, which also
 * handle the cases where CoreNLP's normalisation is wrong ("£4.5bn" read as 4.5). Both methods
 * are safe to call from several threads at once.
 */
public final class Nlp {
    /** Texts longer than this are cut at a paragraph break before annotation. */
    public static final int MAX_CHARS = 30_000;
    /** Sentences longer than this are not parsed (the parser is quadratic in the worst case). */
    public static final int MAX_PARSE_TOKENS = 90;

    private static volatile Nlp instance;

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;
    private final long loadMillis;

    private Nlp() {
        long start = System.nanoTime();
        Properties tag = new Properties();
        tag.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        tag.setProperty("ssplit.newlineIsSentenceBreak", "two");
        tag.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
        tag.setProperty("ner.useSUTime", "false");
        tag.setProperty("ner.applyNumericClassifiers", "false");
        // one CRF model (person, organisation, location) instead of three: the 7- and 4-class models add
        // dates, money and MISC, which are read by other means; the fine-grained gazetteer still gives
        // COUNTRY, CITY, NATIONALITY and TITLE
        tag.setProperty("ner.model", System.getProperty("newsgraph.ner.model",
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"));
        tagger = new StanfordCoreNLP(tag);
        Properties dep = new Properties();
        dep.setProperty("annotators", "depparse");
        dep.setProperty("enforceRequirements", "false");
        parser = new StanfordCoreNLP(dep, false);
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The pipelines, loading them on the first call. */
    public static Nlp get() {
        Nlp n = instance;
        if (n == null) {
            synchronized (Nlp.class) {
                n = instance;
                if (n == null) {
                    instance = n = new Nlp();
                }
            }
        }
        return n;
    }

    /** Whether the models are already loaded in this process. */
    public static boolean loaded() {
        return instance != null;
    }

    /** How long loading the models took. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Tokenises, tags and names the entities of {@code text}, whose date is {@code date}; the
     * offsets of the result point into {@code text} itself. Texts longer than {@link #MAX_CHARS}
     * must be cut by the caller (see {@link #cut}).
     */
    public PostDoc annotate(String text, LocalDate date, boolean caption) {
        String prepared = prepare(text);
        Annotation doc = new Annotation(prepared);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        tagger.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return new PostDoc(text, out, caption);
        }
        int[] paragraphStarts = paragraphStarts(text);
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            List<Token> toks = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String word = text.substring(l.beginPosition(), l.endPosition());
                String lemma = l.lemma() == null ? word : l.lemma();
                String ner = l.ner() == null ? "O" : l.ner();
                toks.add(new Token(toks.size(), word, lemma.toLowerCase(Locale.ROOT), l.tag() == null ? "" : l.tag(),
                        ner, l.beginPosition(), l.endPosition()));
            }
            int begin = toks.get(0).begin();
            int end = toks.get(toks.size() - 1).end();
            out.add(new Sentence(out.size(), paragraphOf(paragraphStarts, begin), toks, text.substring(begin, end), s));
        }
        return new PostDoc(text, out, caption);
    }

    /** Adds dependency parses to the sentences (those too long are left unparsed); returns how many were parsed. */
    public int parse(List<Sentence> sentences) {
        List<CoreMap> todo = new ArrayList<>();
        List<Sentence> kept = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.isParsed() && s.size() <= MAX_PARSE_TOKENS) {
                todo.add(s.core());
                kept.add(s);
            }
        }
        if (todo.isEmpty()) {
            return 0;
        }
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, todo);
        parser.annotate(doc);
        kept.forEach(Sentence::parsed);
        return kept.size();
    }

    /** Parses the sentences that pass {@code filter}, at most {@code budget} of them. */
    public int parse(PostDoc doc, Predicate<Sentence> filter, int budget) {
        List<Sentence> chosen = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (chosen.size() >= budget) {
                break;
            }
            if (filter.test(s)) {
                chosen.add(s);
            }
        }
        return parse(chosen);
    }

    /** The text, or its beginning up to the last paragraph break before {@code max} characters. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int at = text.lastIndexOf("\n\n", max);
        if (at < max / 2) {
            at = text.lastIndexOf(". ", max);
            at = at < 0 ? max : at + 1;
        }
        return text.substring(0, at);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for",
            "on", "with", "was", "as", "by", "said", "he", "it", "at", "has", "have", "are", "be", "from", "his",
            "her", "they", "this", "will", "an", "says", "not", "but", "we", "were", "had");

    /** Whether the text reads as English: enough common English words among its words. Short texts pass. */
    public static boolean looksEnglish(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (m.find() && words < 2000) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        return words < 12 || english * 100 >= words * 8;
    }

    /**
     * The text with the same length but friendlier to the tokenizer: no-break and other odd
     * spaces become spaces, a bullet at the start of a line becomes a paragraph break.
     */
    static String prepare(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '\u00A0' || ch == '\u2007' || ch == '\u202F' || ch == '\u2009' || ch == '\u200A'
                    || ch == '\u2002' || ch == '\u2003' || ch == '\t') {
                c[i] = ' ';
            } else if ((ch == '\u2022' || ch == '\u25CF' || ch == '\u25AA') && (i == 0 || c[i - 1] == '\n')) {
                c[i] = '\n';
            } else if (ch == '\u200B' || ch == '\uFEFF') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    private static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int at = 0;
        while ((at = text.indexOf("\n\n", at)) >= 0) {
            at += 2;
            starts.add(at);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int paragraphOf(int[] starts, int offset) {
        int p = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= offset) {
                p = i;
            }
        }
        return p;
    }
}
