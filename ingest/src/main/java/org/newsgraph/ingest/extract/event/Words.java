package org.newsgraph.ingest.extract.event;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content words of a remark, for telling whether two reports give the same remark. */
public final class Words {
    private static final Set<String> STOP = Set.of(("a an the and or but of to in on at for from by with as is are was were be"
            + " been being it its this that these those he she they we you i his her their our your him them us me my not no so"
            + " if then than there here will would can could should shall may might must do does did has have had said says say"
            + " adds added about into over also just only very more most all any some such who whom which what when where while"
            + " how up out s t").split(" "));
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9\u00c0-\u024f\u0400-\u04ff]+");

    private Words() {}

    /** Lower-cased content words, without stop words. */
    public static Set<String> of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'');
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** |a ∩ b| / min(|a|, |b|); 0 when either is empty. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n / (double) Math.min(a.size(), b.size());
    }

    /** How many words the two sets share. */
    public static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
