package org.newsgraph.core.store.memory;

import java.util.Arrays;

/**
 * Id triples in one order of their terms (first, second, third), sorted, compact: the rows of
 * each first term are one range (CSR), and only the second and third columns are kept, so a
 * triple costs two ints in each order.
 * <pre>
 *   IdPermutation spo = IdPermutation.indexed(s, p, o, n, terms);
 *   int from = spo.from(subject), to = spo.to(subject);        // the subject's rows
 *   int lo = spo.lowerSecond(from, to, predicate);             // then its predicate's
 * </pre>
 * The first terms are found by id in an array of starts ({@link #indexed}: the union, whose ids
 * are dense) or by binary search in a sorted array of the ones present ({@link #keyed}: a small
 * delta, whose ids are scattered).
 */
final class IdPermutation {
    /** The first terms present, sorted; null when {@link #start} is indexed by the term itself. */
    private final int[] keys;
    /** The first row of each key (or term), and the end after the last. */
    private final int[] start;
    private final int[] second;
    private final int[] third;
    private final int distinct;

    private IdPermutation(int[] keys, int[] start, int[] second, int[] third, int distinct) {
        this.keys = keys;
        this.start = start;
        this.second = second;
        this.third = third;
        this.distinct = distinct;
    }

    /** The {@code n} triples (a, b, c), distinct, ordered; the ids below {@code terms}. */
    static IdPermutation indexed(int[] a, int[] b, int[] c, int n, int terms) {
        int[] start = new int[terms + 1];
        for (int i = 0; i < n; i++) {
            start[a[i] + 1]++;
        }
        int distinct = 0;
        for (int k = 0; k < terms; k++) {
            distinct += start[k + 1] > 0 ? 1 : 0;
            start[k + 1] += start[k];
        }
        return sorted(null, start, a, b, c, n, distinct, a);
    }

    /** The {@code n} triples (a, b, c), distinct, ordered by binary search on the first terms. */
    static IdPermutation keyed(int[] a, int[] b, int[] c, int n) {
        int[] keys = Arrays.copyOf(a, n);
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        keys = Arrays.copyOf(keys, distinct);
        int[] slot = new int[n];
        int[] start = new int[distinct + 1];
        for (int i = 0; i < n; i++) {
            slot[i] = Arrays.binarySearch(keys, a[i]);
            start[slot[i] + 1]++;
        }
        for (int k = 0; k < distinct; k++) {
            start[k + 1] += start[k];
        }
        return sorted(keys, start, a, b, c, n, distinct, slot);
    }

    /** Places each row in its key's range (a counting sort), then sorts each range by (b, c). */
    private static IdPermutation sorted(int[] keys, int[] start, int[] a, int[] b, int[] c, int n, int distinct, int[] slot) {
        long[] rows = new long[n];
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < n; i++) {
            rows[next[slot[i]]++] = ((long) b[i] << 32) | (c[i] & 0xffffffffL);
        }
        int[] second = new int[n];
        int[] third = new int[n];
        for (int k = 0; k + 1 < start.length; k++) {
            if (start[k + 1] - start[k] > 1) {
                Arrays.sort(rows, start[k], start[k + 1]);
            }
        }
        for (int i = 0; i < n; i++) {
            second[i] = (int) (rows[i] >>> 32);
            third[i] = (int) rows[i];
        }
        return new IdPermutation(keys, start, second, third, distinct);
    }

    int size() {
        return second.length;
    }

    /** How many distinct first terms the rows have. */
    int distinct() {
        return distinct;
    }

    /** How many key slots {@link #key} and {@link #keyStart} cover. */
    int keySlots() {
        return start.length - 1;
    }

    /** The first term of key slot {@code k}. */
    int key(int k) {
        return keys == null ? k : keys[k];
    }

    /** The first row of key slot {@code k}; {@code keyStart(k + 1)} ends its rows. */
    int keyStart(int k) {
        return start[k];
    }

    /** The first row whose first term is {@code a}. */
    int from(int a) {
        int k = slot(a);
        return k < 0 ? 0 : start[k];
    }

    /** The row after the last whose first term is {@code a} ({@link #from} when none). */
    int to(int a) {
        int k = slot(a);
        return k < 0 ? 0 : start[k + 1];
    }

    private int slot(int a) {
        if (keys == null) {
            return a < start.length - 1 ? a : -1;
        }
        return Arrays.binarySearch(keys, a);
    }

    int second(int row) {
        return second[row];
    }

    int third(int row) {
        return third[row];
    }

    /** The first row in [from, to) whose second term is at least {@code b}. */
    int lowerSecond(int from, int to, int b) {
        return lower(second, from, to, b);
    }

    /** The first row in [from, to) whose second term is above {@code b}. */
    int upperSecond(int from, int to, int b) {
        return b == Integer.MAX_VALUE ? to : lower(second, from, to, b + 1);
    }

    /** The first row in [from, to) whose third term is at least {@code c}; the rows share a first and second term. */
    int lowerThird(int from, int to, int c) {
        return lower(third, from, to, c);
    }

    /** Whether the permutation holds (a, b, c). */
    boolean contains(int a, int b, int c) {
        int from = from(a);
        int to = to(a);
        int lo = lowerSecond(from, to, b);
        int hi = upperSecond(lo, to, b);
        int at = lowerThird(lo, hi, c);
        return at < hi && third[at] == c;
    }

    /** The heap its arrays take, in bytes. */
    long bytes() {
        return 64L + 4L * (start.length + second.length + third.length + (keys == null ? 0 : keys.length));
    }

    private static int lower(int[] column, int from, int to, int value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (column[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
