package org.newsgraph.core.store.layout;

import java.nio.charset.StandardCharsets;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentExternal;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.query.ReadWrite;

/**
 * An external component of TDB2's transaction coordinator that has work only in write
 * transactions: each transaction gets a fresh state that knows whether it may write (a promoted
 * read becomes a write), and the writer's changes ask for that state through {@link #writing}.
 *
 * @param <S> a transaction's state
 */
public abstract class WriteTransactionPart<S extends WriteState> extends TransactionalComponentExternal<S> {
    private final String changes;

    /**
     * @param id      four ASCII letters naming the component to the coordinator
     * @param changes what the component changes, for the error of a change outside a write
     */
    public WriteTransactionPart(String id, String changes) {
        super(ComponentId.create(null, id.getBytes(StandardCharsets.US_ASCII)));
        this.changes = changes;
    }

    /** A fresh state for a transaction that may write, or may not. */
    protected abstract S fresh(boolean write);

    /** The current transaction's state; it must be a write's. */
    protected final S writing() {
        S state = getDataState();
        if (state == null || !state.writes()) {
            throw new IllegalStateException(changes + " only inside a write transaction");
        }
        return state;
    }

    @Override
    protected final S _begin(ReadWrite readWrite, TxnId txnId) {
        return fresh(readWrite == ReadWrite.WRITE);
    }

    @Override
    protected final S _promote(TxnId txnId, S oldState) {
        return fresh(true);
    }
}
