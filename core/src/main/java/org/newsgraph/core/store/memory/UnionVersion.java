package org.newsgraph.core.store.memory;

import java.util.HashSet;
import java.util.Set;

/**
 * One committed version of the union in memory, immutable: a large sorted base and a small
 * delta of the triples added since it was built and of the base's triples removed since.
 * Each write makes a new version (copying the delta only); a reader holds the version it opened
 * and never waits, and the versions no reader holds go with the garbage collector. When the
 * delta grows, a new base is built from a version in the background ({@link #merged}) and the
 * versions written meanwhile are moved onto it ({@link #rebased}).
 * <pre>
 *   UnionVersion next = now.changed(entered, left);   // ids, three ints a triple
 *   UnionVersion.Rows rows = next.match(s, IdTriples.ANY, IdTriples.ANY);
 * </pre>
 */
final class UnionVersion {
    static final UnionVersion EMPTY = new UnionVersion(0, IdTriples.EMPTY, IdTriples.EMPTY, IdTriples.EMPTY);

    /** One id triple, for the set arithmetic of a delta. */
    record IdTriple(int s, int p, int o) {}

    private final long number;
    private final IdTriples base;
    private final IdTriples adds;
    private final IdTriples removes;

    private UnionVersion(long number, IdTriples base, IdTriples adds, IdTriples removes) {
        this.number = number;
        this.base = base;
        this.adds = adds;
        this.removes = removes;
    }

    /** A first version whose base holds the union as copied. */
    static UnionVersion of(IdTriples base) {
        return new UnionVersion(0, base, IdTriples.EMPTY, IdTriples.EMPTY);
    }

    long number() {
        return number;
    }

    /** How many triples this version holds. */
    long size() {
        return (long) base.size() - removes.size() + adds.size();
    }

    /** How many triples its delta holds, added and removed. */
    int deltaSize() {
        return adds.size() + removes.size();
    }

    long bytes() {
        return base.bytes() + adds.bytes() + removes.bytes();
    }

    /** The base, for the statistics join order needs. */
    IdTriples base() {
        return base;
    }

    boolean contains(int s, int p, int o) {
        return adds.contains(s, p, o) || (base.contains(s, p, o) && !removes.contains(s, p, o));
    }

    /** About how many triples match a pattern (the removed ones are counted). */
    int count(int s, int p, int o) {
        return base.count(s, p, o) + adds.count(s, p, o);
    }

    Rows match(int s, int p, int o) {
        return new Rows(s, p, o);
    }

    /** The next version: {@code entered} and {@code left} hold three ids a triple, as the union's net change. */
    UnionVersion changed(int[] entered, int enteredCount, int[] left, int leftCount) {
        Set<IdTriple> added = rows(adds);
        Set<IdTriple> removed = rows(removes);
        for (int i = 0; i < enteredCount; i++) {
            IdTriple t = new IdTriple(entered[3 * i], entered[3 * i + 1], entered[3 * i + 2]);
            if (!removed.remove(t)) {
                added.add(t);
            }
        }
        for (int i = 0; i < leftCount; i++) {
            IdTriple t = new IdTriple(left[3 * i], left[3 * i + 1], left[3 * i + 2]);
            if (!added.remove(t) && base.contains(t.s, t.p, t.o)) {
                removed.add(t);
            }
        }
        return new UnionVersion(number + 1, base, keyed(added), keyed(removed));
    }

    /** A base holding this version's triples, built on the ids below {@code terms}. */
    IdTriples merged(int terms) {
        int n = (int) size();
        int[] s = new int[n];
        int[] p = new int[n];
        int[] o = new int[n];
        Rows rows = match(IdTriples.ANY, IdTriples.ANY, IdTriples.ANY);
        for (int i = 0; rows.next(); i++) {
            s[i] = rows.s();
            p[i] = rows.p();
            o[i] = rows.o();
        }
        return IdTriples.indexed(s, p, o, n, terms);
    }

    /**
     * This version on {@code merged}, a base built from {@code from} (an older version or this
     * one): the same triples, with the delta of what changed since {@code from}.
     */
    UnionVersion rebased(IdTriples merged, UnionVersion from) {
        Set<IdTriple> candidates = rows(adds);
        candidates.addAll(rows(removes));
        candidates.addAll(rows(from.adds));
        candidates.addAll(rows(from.removes));
        Set<IdTriple> added = new HashSet<>();
        Set<IdTriple> removed = new HashSet<>();
        for (IdTriple t : candidates) {
            boolean held = contains(t.s, t.p, t.o);
            boolean inMerged = merged.contains(t.s, t.p, t.o);
            if (held && !inMerged) {
                added.add(t);
            } else if (!held && inMerged) {
                removed.add(t);
            }
        }
        return new UnionVersion(number, merged, keyed(added), keyed(removed));
    }

    private static Set<IdTriple> rows(IdTriples triples) {
        Set<IdTriple> rows = new HashSet<>();
        IdTriples.Matches m = triples.match(IdTriples.ANY, IdTriples.ANY, IdTriples.ANY);
        while (m.next()) {
            rows.add(new IdTriple(m.s(), m.p(), m.o()));
        }
        return rows;
    }

    private static IdTriples keyed(Set<IdTriple> rows) {
        int n = rows.size();
        int[] s = new int[n];
        int[] p = new int[n];
        int[] o = new int[n];
        int i = 0;
        for (IdTriple t : rows) {
            s[i] = t.s;
            p[i] = t.p;
            o[i++] = t.o;
        }
        return IdTriples.keyed(s, p, o, n);
    }

    /** The triples of this version matching a pattern: the base's not removed, then the added. */
    final class Rows {
        private final int ps;
        private final int pp;
        private final int po;
        private IdTriples.Matches current;
        private boolean inAdds;

        private Rows(int s, int p, int o) {
            this.ps = s;
            this.pp = p;
            this.po = o;
            this.current = base.match(s, p, o);
        }

        boolean next() {
            while (true) {
                if (current.next()) {
                    if (inAdds || removes.size() == 0 || !removes.contains(current.s(), current.p(), current.o())) {
                        return true;
                    }
                } else if (!inAdds) {
                    inAdds = true;
                    current = adds.match(ps, pp, po);
                } else {
                    return false;
                }
            }
        }

        int s() {
            return current.s();
        }

        int p() {
            return current.p();
        }

        int o() {
            return current.o();
        }
    }
}
