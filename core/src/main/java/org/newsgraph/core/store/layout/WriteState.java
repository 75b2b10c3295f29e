package org.newsgraph.core.store.layout;

/**
 * The state a {@link WriteTransactionPart} keeps for one transaction, knowing whether that
 * transaction may write; a part's own state adds what it collects.
 * <pre>
 *   static final class Delta extends WriteState {
 *       Delta(boolean write) { super(write); }
 *   }
 * </pre>
 */
public abstract class WriteState {
    private final boolean write;

    protected WriteState(boolean write) {
        this.write = write;
    }

    /** Whether the transaction may write (a promoted read may). */
    public final boolean writes() {
        return write;
    }
}
