package org.newsgraph.core.store.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * The dictionary of the union in memory: each term of the union as a dense {@code int} id, its
 * encoded form kept as bytes in shared chunks (not as a Jena {@code Node}), decoded only for the
 * rows that leave a query.
 * <pre>
 *   int id = terms.intern(node);      // the writer's, one at a time
 *   int same = terms.find(node);      // any reader; -1 when the union never held the term
 *   Node back = terms.node(id);       // equal to node in TDB2's form
 * </pre>
 * Why its own ids and not TDB2's NodeIds: the copy runs ahead of a reader's TDB2 transaction
 * (a reader sees the copy's newest version) and TDB2 refuses to read its node file beyond a
 * transaction's view, and writes reach the copy as terms after their commit; a dictionary of its
 * own decodes without any transaction. Literals TDB2 keeps as values are held in TDB2's form
 * ({@code "01"^^xsd:integer} is 1), so terms compare as they do there.
 * <p>
 * Append-only: ids are never reused, so a reader may decode any id of the version it reads while
 * the one writer appends; each array is replaced, never changed below the published count.
 */
final class TermIds {
    /** 256 KB chunks: below half a G1 region, so that each is not a humongous object with a region of its own. */
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MAX_CHUNKS = 1 << (32 - CHUNK_BITS);
    private static final byte IRI = 1;
    private static final byte BLANK = 2;
    private static final byte LANG = 3;
    private static final byte DIRLANG = 4;
    private static final byte STRING = 5;
    private static final byte TYPED = 6;
    /** An IRI as the id of its namespace (up to its last '/' or '#'), then its local name. */
    private static final byte SPLIT = 7;
    /** A namespace of IRIs: held once, under an id of its own, for all IRIs that start with it. */
    private static final byte NAMESPACE = 8;
    private static final int DECODED = 1 << 16;

    private record Decoded(int id, Node node) {}

    private volatile byte[][] chunks = new byte[16][];
    private int chunk = -1;
    private int used = CHUNK;
    /** Where each id's bytes start: chunk index in the high bits, position in the low ones. */
    private volatile int[] offsets = new int[1024];
    private volatile int[] hashes = new int[1024];
    /** Open addressing by hash: id + 1 in each taken slot. */
    private volatile int[] table = new int[2048];
    private volatile int count;
    private final List<RDFDatatype> datatypes = new ArrayList<>();
    private final Map<String, Integer> datatypeIndex = new HashMap<>();
    private volatile RDFDatatype[] datatypeArray = new RDFDatatype[0];
    private final Decoded[] decoded = new Decoded[DECODED];

    /** Thrown for a term the dictionary cannot hold (a triple term): the copy is let go. */
    static final class UnsupportedTerm extends RuntimeException {
        UnsupportedTerm(Node node) {
            super("the union in memory cannot hold " + node);
        }
    }

    /** How many terms are held. */
    int size() {
        return count;
    }

    /** The id of {@code node}, added when new; the writer's only. */
    int intern(Node node) {
        return intern(encode(canonical(node), true));
    }

    private int intern(byte[] bytes) {
        int hash = hash(bytes);
        int id = find(bytes, hash);
        return id >= 0 ? id : add(bytes, hash);
    }

    /** The id of {@code node}, or -1 when the dictionary does not hold it. */
    int find(Node node) {
        if (!node.isConcrete()) {
            return -1;
        }
        byte[] bytes = encode(canonical(node), false);
        return bytes == null ? -1 : find(bytes, hash(bytes));
    }

    /** The term of {@code id} (an id of a version the caller reads). */
    Node node(int id) {
        int slot = id & (DECODED - 1);
        Decoded held = decoded[slot];
        if (held != null && held.id == id) {
            return held.node;
        }
        Node node = decode(id);
        decoded[slot] = new Decoded(id, node);
        return node;
    }

    /** The heap the dictionary holds, in bytes: its chunks, offsets, hashes and table. */
    long bytes() {
        long total = 16L + 4L * (offsets.length + hashes.length + table.length);
        for (byte[] held : chunks) {
            total += held == null ? 0 : held.length + 16;
        }
        return total;
    }

    /**
     * The form TDB2 gives back of a literal it stores as a value (numbers, dates, booleans), so
     * that the copy matches and returns what TDB2 does: {@code "01"^^xsd:integer} is 1 there.
     */
    static Node canonical(Node node) {
        if (node.isLiteral() && NodeIdInline.hasInlineDatatype(node)) {
            NodeId id = NodeIdInline.inline(node);
            if (id != null) {
                return NodeIdInline.extract(id);
            }
        }
        return node;
    }

    private int find(byte[] bytes, int hash) {
        int[] slots = table;
        int mask = slots.length - 1;
        int visible = count;
        for (int at = hash & mask; ; at = (at + 1) & mask) {
            int held = slots[at] - 1;
            if (held < 0) {
                return -1;
            }
            // An id beyond the published count belongs to a term being added: not found yet.
            if (held < visible && hashes[held] == hash && sameBytes(held, bytes)) {
                return held;
            }
        }
    }

    private int add(byte[] bytes, int hash) {
        int id = count;
        if (id == offsets.length) {
            offsets = Arrays.copyOf(offsets, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        offsets[id] = store(bytes);
        hashes[id] = hash;
        if ((id + 1) * 4L > table.length * 3L) {
            table = rehashed(table.length * 2, id);
        }
        int[] slots = table;
        int mask = slots.length - 1;
        int at = hash & mask;
        while (slots[at] != 0) {
            at = (at + 1) & mask;
        }
        slots[at] = id + 1;
        count = id + 1; // publishes the bytes, offset and slot to readers
        return id;
    }

    private int[] rehashed(int length, int ids) {
        int[] slots = new int[length];
        int mask = length - 1;
        for (int id = 0; id < ids; id++) {
            int at = hashes[id] & mask;
            while (slots[at] != 0) {
                at = (at + 1) & mask;
            }
            slots[at] = id + 1;
        }
        return slots;
    }

    /** Appends a length and the bytes to the current chunk (a new one when full); gives their offset. */
    private int store(byte[] bytes) {
        int need = bytes.length + 5;
        if (used + need > CHUNK) {
            chunk++;
            if (chunk == MAX_CHUNKS) {
                throw new IllegalStateException("the union in memory holds more than 4 GB of terms");
            }
            if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunk * 2);
            }
            // A term longer than a chunk gets a chunk of its own.
            chunks[chunk] = new byte[Math.max(CHUNK, need)];
            used = 0;
        }
        byte[] into = chunks[chunk];
        int at = varint(into, used, bytes.length);
        System.arraycopy(bytes, 0, into, at, bytes.length);
        int offset = (chunk << CHUNK_BITS) | used;
        used = at + bytes.length;
        return offset;
    }

    private boolean sameBytes(int id, byte[] bytes) {
        int offset = offsets[id];
        byte[] in = chunks[offset >>> CHUNK_BITS];
        long span = span(in, offset & (CHUNK - 1));
        int at = (int) (span >>> 32);
        int length = (int) span;
        return length == bytes.length && Arrays.equals(in, at, at + length, bytes, 0, length);
    }

    /** Writes {@code value} seven bits a byte at {@code at}; gives the position after it. */
    private static int varint(byte[] into, int at, int value) {
        int to = at;
        int rest = value;
        while (rest >= 0x80) {
            into[to++] = (byte) (rest | 0x80);
            rest >>>= 7;
        }
        into[to++] = (byte) rest;
        return to;
    }

    /** Where the bytes stored at {@code at} start (high half) and how many they are (low half). */
    private static long span(byte[] in, int at) {
        int length = 0;
        int from = at;
        for (int shift = 0; ; shift += 7) {
            byte b = in[from++];
            length |= (b & 0x7f) << shift;
            if (b >= 0) {
                return ((long) from << 32) | length;
            }
        }
    }

    /** Arrays.hashCode, then mixed (murmur3's finaliser): IRIs that differ in their last letter must not fill neighbouring slots. */
    private static int hash(byte[] bytes) {
        int h = Arrays.hashCode(bytes);
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** The bytes of a term: a kind, then its parts; null for a datatype never seen when not adding. */
    private byte[] encode(Node node, boolean adding) {
        if (node.isURI()) {
            return iri(node.getURI(), adding);
        }
        if (node.isBlank()) {
            return tagged(BLANK, node.getBlankNodeLabel());
        }
        if (!node.isLiteral()) {
            throw new UnsupportedTerm(node);
        }
        String lex = node.getLiteralLexicalForm();
        String lang = node.getLiteralLanguage();
        if (!lang.isEmpty()) {
            TextDirection direction = node.getLiteralBaseDirection();
            return direction == null
                    ? tagged(LANG, lang + '\0' + lex)
                    : tagged(DIRLANG, lang + '\0' + direction.direction() + '\0' + lex);
        }
        RDFDatatype type = node.getLiteralDatatype();
        if (type == null || XSDDatatype.XSDstring.equals(type)) {
            return tagged(STRING, lex);
        }
        Integer index = datatypeIndex(type.getURI(), type, adding);
        if (index == null) {
            return null;
        }
        byte[] text = lex.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = TYPED;
        bytes[1] = (byte) (index >>> 8);
        bytes[2] = (byte) (int) index;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    private Integer datatypeIndex(String uri, RDFDatatype type, boolean adding) {
        synchronized (datatypes) {
            Integer index = datatypeIndex.get(uri);
            if (index == null && adding) {
                if (datatypes.size() == 1 << 16) {
                    throw new IllegalStateException("the union in memory holds more than 65,536 datatypes");
                }
                index = datatypes.size();
                datatypes.add(type);
                datatypeIndex.put(uri, index);
                datatypeArray = datatypes.toArray(new RDFDatatype[0]);
            }
            return index;
        }
    }

    /**
     * An IRI's bytes: its namespace's id and its local name, so that the namespace is held once
     * (an IRI of a store holds 40 letters of namespace and 10 of name); null for a namespace
     * never seen when not adding.
     */
    private byte[] iri(String iri, boolean adding) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
        if (cut == 0 || cut == iri.length()) {
            return tagged(IRI, iri);
        }
        byte[] namespace = tagged(NAMESPACE, iri.substring(0, cut));
        int id = adding ? intern(namespace) : find(namespace, hash(namespace));
        if (id < 0) {
            return null;
        }
        byte[] local = iri.substring(cut).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[local.length + 6];
        bytes[0] = SPLIT;
        int at = varint(bytes, 1, id);
        System.arraycopy(local, 0, bytes, at, local.length);
        return Arrays.copyOf(bytes, at + local.length);
    }

    private static byte[] tagged(byte tag, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 1];
        bytes[0] = tag;
        System.arraycopy(utf8, 0, bytes, 1, utf8.length);
        return bytes;
    }

    private Node decode(int id) {
        int offset = offsets[id];
        byte[] in = chunks[offset >>> CHUNK_BITS];
        long span = span(in, offset & (CHUNK - 1));
        int at = (int) (span >>> 32);
        int length = (int) span;
        byte tag = in[at];
        if (tag == TYPED) {
            RDFDatatype type = datatypeArray[((in[at + 1] & 0xff) << 8) | (in[at + 2] & 0xff)];
            return NodeFactory.createLiteralDT(new String(in, at + 3, length - 3, StandardCharsets.UTF_8), type);
        }
        if (tag == SPLIT) {
            // The namespace's id is written as a length is.
            long namespace = span(in, at + 1);
            int local = (int) (namespace >>> 32);
            return NodeFactory.createURI(text((int) namespace) + new String(in, local, at + length - local, StandardCharsets.UTF_8));
        }
        String text = new String(in, at + 1, length - 1, StandardCharsets.UTF_8);
        switch (tag) {
            case IRI:
                return NodeFactory.createURI(text);
            case BLANK:
                return NodeFactory.createBlankNode(text);
            case STRING:
                return NodeFactory.createLiteralString(text);
            case LANG: {
                int zero = text.indexOf('\0');
                return NodeFactory.createLiteralLang(text.substring(zero + 1), text.substring(0, zero));
            }
            default: {
                int zero = text.indexOf('\0');
                int second = text.indexOf('\0', zero + 1);
                return NodeFactory.createLiteralDirLang(text.substring(second + 1), text.substring(0, zero),
                        text.substring(zero + 1, second));
            }
        }
    }

    /** The text after the tag of {@code id}'s bytes (a namespace's). */
    private String text(int id) {
        int offset = offsets[id];
        byte[] in = chunks[offset >>> CHUNK_BITS];
        long span = span(in, offset & (CHUNK - 1));
        int at = (int) (span >>> 32);
        int length = (int) span;
        return new String(in, at + 1, length - 1, StandardCharsets.UTF_8);
    }
}
