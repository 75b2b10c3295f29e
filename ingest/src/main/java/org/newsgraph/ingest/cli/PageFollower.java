package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.newsgraph.core.story.Post;
import org.newsgraph.ingest.read.PageChanges;
import org.newsgraph.ingest.read.PageRefused;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReadOptions;
import org.newsgraph.ingest.read.StoryReader;
import org.newsgraph.ingest.read.WebPages;

/**
 * The loop of {@code --follow} ({@code ingest} and {@code publish}): reads a live page every interval
 * and hands the read to the command when a post is new or edited since the last read it took, until
 * Ctrl-C or a number of reads. A page that is down is tried again at the next round.
 * <pre>
 *   int exit = new PageFollower(url, every, times, options, reader, web)
 *           .run(out, err, (page, posts, change) -> new PageFollower.Handled(0, true));
 * </pre>
 */
final class PageFollower {
    /** What the command made of a changed read: its exit code, and whether it took the posts (else the next read offers them again). */
    record Handled(int exit, boolean taken) {}

    /** What a command does with a read in which a post is new or edited. */
    interface OnChange {
        Handled changed(PageSource page, List<Post> posts, PageChanges.Change change);
    }

    private final URI url;
    private final Duration every;
    private final int times;
    private final ReadOptions options;
    private final StoryReader reader;
    private final WebPages web;

    /** Follows {@code url} every {@code every}, {@code times} reads (0: until Ctrl-C). */
    PageFollower(URI url, Duration every, int times, ReadOptions options, StoryReader reader, WebPages web) {
        this.url = url;
        this.every = every;
        this.times = times;
        this.options = options;
        this.reader = reader;
        this.web = web;
    }

    /** Runs the rounds; the worst exit code of them. */
    int run(PrintWriter out, PrintWriter err, OnChange onChange) {
        PageChanges changes = new PageChanges();
        int worst = 0;
        StopSignal stop = StopSignal.onShutdown();
        try {
            for (int round = 1; !stop.stopped() && (times == 0 || round <= times); round++) {
                if (round > 1 && stop.await(every)) {
                    break;
                }
                out.printf("%s read %d of %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), round, url);
                PageSource page;
                List<Post> posts;
                try {
                    page = web.fetch(url, options);
                    posts = reader.read(page).posts();
                } catch (PageRefused e) {
                    err.println("newsgraph: " + e.getMessage());
                    worst = Math.max(worst, NewsgraphCommand.UNREADABLE);
                    out.flush();
                    continue;
                }
                PageChanges.Change change = changes.since(posts);
                if (change.isEmpty()) {
                    out.println("no new or edited post");
                } else {
                    out.printf("%d new, %d edited%n", change.added().size(), change.edited().size());
                    Handled handled = onChange.changed(page, posts, change);
                    worst = Math.max(worst, handled.exit());
                    if (handled.taken()) {
                        changes.remember(posts);
                    }
                }
                out.flush();
            }
        } finally {
            stop.close();
        }
        return worst;
    }
}
