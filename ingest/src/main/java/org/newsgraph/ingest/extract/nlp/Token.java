package org.newsgraph.ingest.extract.nlp;

/**
 * One token of a post's text: its word, lemma, part of speech and named-entity tag, and its
 * character offsets into the text it was read from (exact, so that evidence can be cut from the body).
 *
 * @param i      its index in the sentence, from 0
 * @param word   the text as written
 * @param lemma  the lemma, lower-cased
 * @param pos    the Penn Treebank tag
 * @param ner    the fine-grained named-entity tag, {@code O} when none
 * @param begin  the offset of its first character
 * @param end    the offset after its last character
 */
public record Token(int i, String word, String lemma, String pos, String ner, int begin, int end) {
    /** Whether it starts with a capital letter. */
    public boolean capitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The word in lower case. */
    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
