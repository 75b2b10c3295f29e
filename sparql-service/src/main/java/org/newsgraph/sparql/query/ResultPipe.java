package org.newsgraph.sparql.query;

import org.newsgraph.sparql.http.ClientGone;
import org.newsgraph.sparql.http.ResultCutOff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Carries a query's result from the thread that runs the query to the thread that sends the
 * response. The first {@code holdBack} bytes are kept back: a result that ends within them is
 * handed over whole, and a query that fails within them hands over its failure, so that the
 * response can still be a clean error. Past them, the result flows to the response as it is
 * written, through a few chunks in flight, so that memory does not grow with the result.
 * <pre>
 *   ResultPipe pipe = new ResultPipe(4 &lt;&lt; 20, () -> exec.abort());
 *   // query thread:    write to pipe.output(), then pipe.finish(truncatedAt), or pipe.fail(e)
 *   // response thread: pipe.awaitStart()  -- the whole result, or empty: then pipe.drainTo(httpOut, closed)
 * </pre>
 * One thread writes and one reads. When the reader stops (its client went away), {@code abandon}
 * runs, so that the query stops at once, and the writer's next write fails.
 */
final class ResultPipe {
    private static final int CHUNK = 64 * 1024;
    /** Chunks the query may run ahead of the client: the memory of a streamed result. */
    private static final int CHUNKS_AHEAD = 16;

    /** A result that ended within the held-back bytes. */
    record Held(byte[] body, OptionalLong truncatedAt) {}

    private sealed interface Piece permits Chunk, End, Broken {}

    private record Chunk(byte[] bytes) implements Piece {}

    private record End(OptionalLong truncatedAt) implements Piece {}

    private record Broken(RuntimeException error) implements Piece {}

    private final long holdBack;
    private final Runnable abandon;
    private final CompletableFuture<Optional<Held>> start = new CompletableFuture<>();
    private final BlockingQueue<Piece> pieces = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final OutputStream output = new Input();
    private volatile boolean abandoned;
    /** The held-back bytes; null once streaming began. Used by the writer only. */
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    private byte[] chunk = new byte[CHUNK];
    private int chunkLength;

    ResultPipe(long holdBack, Runnable abandon) {
        this.holdBack = holdBack;
        this.abandon = abandon;
    }

    /** Where the query writes its result. */
    OutputStream output() {
        return output;
    }

    /** The query wrote its whole result; {@code truncatedAt} is the row cap that cut it, if one did. */
    void finish(OptionalLong truncatedAt) throws IOException {
        if (held != null) {
            start.complete(Optional.of(new Held(held.toByteArray(), truncatedAt)));
            return;
        }
        sendChunk();
        put(new End(truncatedAt));
    }

    /** The query failed: the reader gets {@code error} itself, or a {@link CutOff} once streaming began. */
    void fail(RuntimeException error) {
        if (held != null) {
            start.completeExceptionally(error);
            return;
        }
        try {
            put(new Broken(error));
        } catch (IOException gone) {
            // The reader has gone; there is no one left to tell.
        }
    }

    /**
     * Waits until the result ended within the held-back bytes (then returns it) or outgrew them
     * (then returns empty, and {@link #drainTo} sends it); rethrows a failure that came first.
     */
    Optional<Held> awaitStart() {
        try {
            return start.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            abandon();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a query", e);
        }
    }

    /**
     * Sends the streamed result to {@code out} as the query writes it; returns the row cap that cut
     * it, if one did. While the query writes nothing, {@code clientGone} is asked now and then, so
     * that a query whose client has left stops even before it has more to send.
     *
     * @throws CutOff      when the query failed part-way
     * @throws ClientGone when {@code out} fails or the client is gone; the query is abandoned
     */
    OptionalLong drainTo(OutputStream out, BooleanSupplier clientGone) throws ClientGone {
        try {
            while (true) {
                Piece piece = pieces.poll(200, TimeUnit.MILLISECONDS);
                if (piece == null) {
                    if (clientGone.getAsBoolean()) {
                        throw new ClientGone("The client went away", null);
                    }
                } else if (piece instanceof Chunk c) {
                    out.write(c.bytes());
                } else if (piece instanceof End end) {
                    return end.truncatedAt();
                } else if (piece instanceof Broken broken) {
                    throw new ResultCutOff(broken.error());
                }
            }
        } catch (ClientGone e) {
            abandon();
            throw e;
        } catch (IOException e) {
            abandon();
            throw new ClientGone("The client stopped reading: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            abandon();
            Thread.currentThread().interrupt();
            throw new ClientGone("Interrupted while sending a result", e);
        }
    }

    private void abandon() {
        abandoned = true;
        pieces.clear();
        abandon.run();
    }

    private void put(Piece piece) throws IOException {
        try {
            while (!pieces.offer(piece, 100, TimeUnit.MILLISECONDS)) {
                checkReader();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing a result", e);
        }
        checkReader();
    }

    private void checkReader() throws IOException {
        if (abandoned) {
            pieces.clear();
            throw new IOException("The client stopped reading the result");
        }
    }

    private void sendChunk() throws IOException {
        if (chunkLength > 0) {
            byte[] bytes = chunkLength == CHUNK ? chunk : Arrays.copyOf(chunk, chunkLength);
            chunk = new byte[CHUNK];
            chunkLength = 0;
            put(new Chunk(bytes));
        }
    }

    /** The writer's side: holds back, then chunks. */
    private final class Input extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (held != null) {
                held.write(bytes, offset, length);
                if (held.size() > holdBack) {
                    startStreaming();
                }
                return;
            }
            checkReader();
            int from = offset;
            int left = length;
            while (left > 0) {
                int n = Math.min(left, CHUNK - chunkLength);
                System.arraycopy(bytes, from, chunk, chunkLength, n);
                chunkLength += n;
                from += n;
                left -= n;
                if (chunkLength == CHUNK) {
                    sendChunk();
                }
            }
        }

        private void startStreaming() throws IOException {
            byte[] kept = held.toByteArray();
            held = null;
            start.complete(Optional.empty());
            write(kept, 0, kept.length);
        }
    }
}
