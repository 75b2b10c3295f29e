package org.newsgraph.core.store.search;

import java.nio.ByteBuffer;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.query.text.TextIndex;
import org.newsgraph.core.store.layout.WriteState;
import org.newsgraph.core.store.layout.WriteTransactionPart;

/**
 * Puts the Lucene index's changes into TDB2's write transactions, as an external component of
 * TDB2's transaction coordinator: Lucene prepares its commit with TDB2's prepare (a failure there
 * aborts both), commits after TDB2's commit point, and rolls back when TDB2 aborts.
 * <p>
 * Unlike jena-text's own adapter, it acts only for a write transaction that changed the index: a
 * read transaction that aborts (a query that failed) must not roll back the changes a concurrent
 * writer has buffered in the one Lucene writer.
 */
final class SearchTransactions extends WriteTransactionPart<SearchTransactions.State> {

    /** One transaction's part: whether it may write and whether it has changed the index. */
    static final class State extends WriteState {
        private boolean changed;

        private State(boolean write) {
            super(write);
        }
    }

    private final TextIndex lucene;

    SearchTransactions(TextIndex lucene) {
        super("ngtx", "the text index changes");
        this.lucene = lucene;
    }

    /**
     * Notes that the current write transaction changes the index; whether this is its first change.
     * Called on the writer's thread, inside its transaction.
     */
    boolean firstChange() {
        State state = writing();
        boolean first = !state.changed;
        state.changed = true;
        return first;
    }

    @Override
    protected State fresh(boolean write) {
        return new State(write);
    }

    @Override
    protected ByteBuffer _commitPrepare(TxnId txnId, State state) {
        if (state.changed) {
            lucene.prepareCommit();
        }
        return null;
    }

    @Override
    protected void _commit(TxnId txnId, State state) {
        if (state.changed) {
            lucene.commit();
        }
    }

    @Override
    protected void _abort(TxnId txnId, State state) {
        if (state.changed) {
            lucene.rollback();
        }
    }
}
