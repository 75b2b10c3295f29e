package org.newsgraph.ingest.extract.event;

import java.util.List;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * What a speech verb reports: the quotation before "..., he says", the clause after "says
 * (that)", what follows a colon; and whether a sentence is all quotation (a remark going on).
 */
final class ReportedSpeech {
    private ReportedSpeech() {}

    /** A speech verb reports words when it has a clause or a quotation: "announced their support" does not. */
    static boolean saysSomething(Sentence s, int v, boolean[] quoted) {
        if (anyQuoted(quoted) || !s.isParsed()) {
            return true;
        }
        for (String[] e : s.edges(v)) {
            if (e[0].startsWith("ccomp") || e[0].startsWith("parataxis") || e[0].startsWith("xcomp")) {
                return true;
            }
        }
        for (String[] h : s.heads(v)) {
            if (h[0].startsWith("parataxis")) {
                return true;
            }
        }
        return v + 1 < s.size() && s.tok(v + 1).lower().equals("that");
    }

    /** Reported speech is a clause: its words hold a verb, or it is quoted. */
    static boolean hasVerb(Sentence s, String content, boolean[] quoted) {
        if (anyQuoted(quoted)) {
            return true;
        }
        for (Token t : s.toks()) {
            if ((t.isVerb() || t.pos().equals("MD")) && content.contains(t.word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyQuoted(boolean[] quoted) {
        for (boolean q : quoted) {
            if (q) {
                return true;
            }
        }
        return false;
    }

    /** What was said through speech verb {@code v}: the quotation before "..., he says", or the clause after "says (that)". */
    static String content(String body, Sentence s, int v, boolean[] quoted) {
        boolean quoteBefore = false;
        for (int k = 0; k < v; k++) {
            if (quoted[k]) {
                quoteBefore = true;
                break;
            }
        }
        if (quoteBefore && s.tok(0).begin() <= firstQuoted(s, quoted) + 2) {
            StringBuilder b = new StringBuilder();
            for (int[] sp : Quotes.spans(body)) {
                int from = Math.max(sp[0], s.begin());
                int to = Math.min(sp[1], s.end());
                if (from < to) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(body, from, to);
                }
            }
            return trim(b.toString());
        }
        for (int k = v + 1; k < s.size(); k++) {
            if (quoted[k]) {
                break;
            }
            if (s.tok(k).word().equals(":") && k + 1 < s.size()) {
                // "told the radio station: "We have ..."": what follows the colon
                return trim(s.span(body, k + 1, s.size()));
            }
        }
        int from = v + 1;
        // "said on Thursday that ...": the clause starts after "that"
        for (int k = from; k < Math.min(s.size(), from + 6); k++) {
            if (s.tok(k).lower().equals("that") && !quoted[k]) {
                from = k + 1;
                break;
            }
            if (s.tok(k).isVerb()) {
                break;
            }
        }
        while (from < s.size() && (s.tok(from).lower().equals("that") || s.tok(from).word().matches("[,:]")
                || s.tok(from).lower().equals("by") || s.tok(from).lower().equals("saying"))) {
            from++;
        }
        if (from >= s.size() - 1 || s.size() - from <= 1) {
            // "..., his spokesman Hussein Mohamed said.": what comes before the attribution
            int end = v;
            while (end > 0 && !s.tok(end - 1).word().equals(",")) {
                end--;
            }
            if (end > 1) {
                return trim(s.span(body, 0, end - 1));
            }
        }
        int to = s.size();
        // drop a trailing ", he says" / ", he adds"
        for (int k = s.size() - 1; k > from + 1; k--) {
            if (s.tok(k).isVerb() && TriggerWords.SPEECH.contains(s.tok(k).lemma()) && s.tok(k - 1).pos().startsWith("PRP")
                    && k - 2 >= from && s.tok(k - 2).word().matches("[,\"”'’]")) {
                to = k - 2;
                break;
            }
        }
        return trim(s.span(body, from, to));
    }

    private static int firstQuoted(Sentence s, boolean[] quoted) {
        for (int k = 0; k < s.size(); k++) {
            if (quoted[k]) {
                return s.tok(k).begin();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The text without quotation marks and punctuation at its ends. */
    static String trim(String text) {
        return text.strip().replaceAll("^[\"“”'‘’,\\s]+|[\"“”'‘’.,;:\\s]+$", "");
    }

    /** Whether the sentence is (nearly) all quotation: a remark that goes on, or one whose speaker comes later. */
    static boolean quoteOnly(String body, Sentence s) {
        boolean[] q = Quotes.inside(body, s);
        int in = 0;
        for (boolean b : q) {
            if (b) {
                in++;
            }
        }
        return s.size() > 2 && in >= s.size() - 3 && in * 10 >= s.size() * 8;
    }
}
