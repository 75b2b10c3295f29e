package org.newsgraph.core.store.memory;

/**
 * A set of id triples in the three orders a pattern needs (SPO, POS, OSP): any pattern of
 * bound and free terms is one range of one of them, so matching it costs a lookup or two and
 * counting its matches costs nothing more.
 * <pre>
 *   IdTriples union = IdTriples.indexed(s, p, o, n, terms.size());
 *   IdTriples.Matches m = union.match(-1, type, pledge);   // -1: any term
 *   while (m.next()) { use(m.s()); }
 * </pre>
 */
final class IdTriples {
    static final int ANY = -1;
    static final IdTriples EMPTY = keyed(new int[0], new int[0], new int[0], 0);

    private final IdPermutation spo;
    private final IdPermutation pos;
    private final IdPermutation osp;

    private IdTriples(IdPermutation spo, IdPermutation pos, IdPermutation osp) {
        this.spo = spo;
        this.pos = pos;
        this.osp = osp;
    }

    /** The {@code n} distinct triples (s[i], p[i], o[i]) with ids below {@code terms}, indexed by id. */
    static IdTriples indexed(int[] s, int[] p, int[] o, int n, int terms) {
        return new IdTriples(IdPermutation.indexed(s, p, o, n, terms), IdPermutation.indexed(p, o, s, n, terms),
                IdPermutation.indexed(o, s, p, n, terms));
    }

    /** The {@code n} distinct triples, found by binary search: for a few, with ids anywhere. */
    static IdTriples keyed(int[] s, int[] p, int[] o, int n) {
        return new IdTriples(IdPermutation.keyed(s, p, o, n), IdPermutation.keyed(p, o, s, n), IdPermutation.keyed(o, s, p, n));
    }

    int size() {
        return spo.size();
    }

    boolean contains(int s, int p, int o) {
        return spo.contains(s, p, o);
    }

    /** How many subjects, predicates and objects are distinct. */
    int distinctSubjects() {
        return spo.distinct();
    }

    int distinctPredicates() {
        return pos.distinct();
    }

    int distinctObjects() {
        return osp.distinct();
    }

    long bytes() {
        return spo.bytes() + pos.bytes() + osp.bytes();
    }

    /** The triples matching a pattern, each term an id or {@link #ANY}. */
    Matches match(int s, int p, int o) {
        if (s != ANY) {
            if (p != ANY) {
                return o != ANY ? Matches.single(spo, s, p, o) : Matches.of(spo, Matches.SPO, s, p);
            }
            return o != ANY ? Matches.of(osp, Matches.OSP, o, s) : Matches.of(spo, Matches.SPO, s, ANY);
        }
        if (p != ANY) {
            return Matches.of(pos, Matches.POS, p, o);
        }
        return o != ANY ? Matches.of(osp, Matches.OSP, o, ANY) : Matches.all(spo);
    }

    /** How many triples match a pattern; as cheap as {@link #match}. */
    int count(int s, int p, int o) {
        return match(s, p, o).remaining();
    }

    /**
     * A cursor over the rows of one range of one order; {@link #next()} moves to the next row and
     * {@link #s()}, {@link #p()}, {@link #o()} read it.
     */
    static final class Matches {
        static final int SPO = 0;
        static final int POS = 1;
        static final int OSP = 2;

        private final IdPermutation order;
        private final int kind;
        private int first;
        private int row;
        private final int end;
        /** For a scan of every row: the key slot of the current row, and where the next slot starts. */
        private boolean scanning;
        private int slot = -1;
        private int slotEnd;

        private Matches(IdPermutation order, int kind, int first, int from, int end) {
            this.order = order;
            this.kind = kind;
            this.first = first;
            this.row = from - 1;
            this.end = end;
        }

        static Matches of(IdPermutation order, int kind, int a, int b) {
            int from = order.from(a);
            int to = order.to(a);
            if (b != ANY) {
                int lo = order.lowerSecond(from, to, b);
                return new Matches(order, kind, a, lo, order.upperSecond(lo, to, b));
            }
            return new Matches(order, kind, a, from, to);
        }

        static Matches single(IdPermutation spo, int s, int p, int o) {
            Matches one = of(spo, SPO, s, p);
            int at = spo.lowerThird(one.row + 1, one.end, o);
            boolean found = at < one.end && spo.third(at) == o;
            return new Matches(spo, SPO, s, at, found ? at + 1 : at);
        }

        static Matches all(IdPermutation spo) {
            Matches every = new Matches(spo, SPO, ANY, 0, spo.size());
            every.scanning = true;
            return every;
        }

        /** Rows left, the current one excluded. */
        int remaining() {
            return end - row - 1;
        }

        boolean next() {
            if (++row >= end) {
                return false;
            }
            if (scanning) {
                while (row >= slotEnd) {
                    slot++;
                    first = order.key(slot);
                    slotEnd = order.keyStart(slot + 1);
                }
            }
            return true;
        }

        int s() {
            return switch (kind) {
                case SPO -> first;
                case POS -> order.third(row);
                default -> order.second(row);
            };
        }

        int p() {
            return switch (kind) {
                case SPO -> order.second(row);
                case POS -> first;
                default -> order.third(row);
            };
        }

        int o() {
            return switch (kind) {
                case SPO -> order.third(row);
                case POS -> order.second(row);
                default -> first;
            };
        }
    }
}
