package org.newsgraph.ingest.extract.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where direct quotations are in a text: spans between straight or curly double quotes, never
 * across a paragraph break (an unclosed quote ends with its paragraph).
 */
public final class Quotes {
    private Quotes() {}

    /** The quoted spans [start, end) of the text, quote marks excluded. */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (open >= 0) {
                    out.add(new int[] {open, i});
                }
                open = -1;
            } else if (c == '“' || c == '„' || (c == '"' && open < 0)) {
                if (open < 0) {
                    open = i + 1;
                }
            } else if (c == '”' || c == '"') {
                if (open >= 0) {
                    out.add(new int[] {open, i});
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, text.length()});
        }
        return out;
    }

    /** For each token of the sentence, whether it stands inside a quotation. */
    public static boolean[] inside(String text, Sentence s) {
        List<int[]> spans = spans(text);
        boolean[] out = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            int b = s.tok(i).begin();
            for (int[] sp : spans) {
                if (b >= sp[0] && b < sp[1]) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }
}
