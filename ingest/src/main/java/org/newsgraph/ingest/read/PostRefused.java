package org.newsgraph.ingest.read;

/** One post that cannot be read; the reader reports it and goes on with the next. */
final class PostRefused extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ReadProblem problem;

    PostRefused(int line, String message) {
        // No stack trace: a refused post is an expected outcome, caught one frame up.
        super(message, null, false, false);
        this.problem = new ReadProblem(line, message);
    }

    ReadProblem problem() {
        return problem;
    }
}
